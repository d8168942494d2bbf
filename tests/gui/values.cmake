# The value checks in the window: the dashboard's Values tab (headline, match-rate chart, fields, examples, Compare now
# and Cancel) and the overview's Values column, over the real main window and the in-process sandbox.
plumbline_add_test(tst_values_gui SOURCES tst_values_gui.cpp LIBS plumbline_ui Qt6::Widgets LABELS gui TIMEOUT 180)
