# Overview filter/search, live updates that keep the selection, the Alerts page, the API versions calendar and the
# status bar heartbeat: the real MainWindow over the in-process sandbox.
plumbline_add_test(tst_views_gui SOURCES tst_views_gui.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui TIMEOUT 240)
