# The integration dashboard's charts (ui/charts) over a real SQLite store with generated history.
plumbline_add_test(tst_dashboardcharts SOURCES tst_dashboardcharts.cpp LIBS plumbline_ui Qt6::Widgets Qt6::Charts
    LABELS gui)
