# The connection editor's sign-in methods and OAuth settings (tst_connectiondialog): the real dialog on the production
# composition root, keys in memory.
plumbline_add_test(tst_connectiondialog SOURCES tst_connectiondialog.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui)
