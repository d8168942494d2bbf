# The Notifications page, the channel editor, the integration editor's notify list and Send test: the real MainWindow
# over the in-process sandbox, with a loopback webhook receiver.
plumbline_add_test(tst_notifications_gui SOURCES tst_notifications_gui.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui
    TIMEOUT 180)
