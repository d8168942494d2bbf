# The integration dashboard and the guided mapping wizard, over the real main window and the in-process sandbox.
plumbline_add_test(tst_dashboard SOURCES tst_dashboard.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui TIMEOUT 240)

# The monitor's own failures in the window: an unsaved poll as a finding, a following window naming the poller.
plumbline_add_test(tst_monitor_gui SOURCES tst_monitor_gui.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui TIMEOUT 120)
