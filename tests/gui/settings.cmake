# The settings dialog, AppSettings over a temporary settings file, theme and icon, and the live language switch.
# Label "translations": the language switch needs the German catalogue to be translated.
plumbline_add_test(tst_settings SOURCES tst_settings.cpp LIBS plumbline_ui Qt6::Widgets LABELS "gui;translations")
