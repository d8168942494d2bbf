# The connection editor's sign-in methods and OAuth settings (tst_connectiondialog), and the Connections page's
# sign-in details, Sign in… and the auth finding card's action (tst_connectionspage): the real dialog and window on
# the production composition root, keys in memory.
plumbline_add_test(tst_connectiondialog SOURCES tst_connectiondialog.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui)
plumbline_add_test(tst_connectionspage SOURCES tst_connectionspage.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui)
