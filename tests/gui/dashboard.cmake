# The integration dashboard and the guided mapping wizard, over the real main window and the in-process sandbox.
plumbline_add_test(tst_dashboard SOURCES tst_dashboard.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui TIMEOUT 240)
