# The audit report (app/report): CSV neutralisation, time in each state, the collector's figures on a known
# history, cancel and failure leaving nothing behind. PDF needs the offscreen platform (set by plumbline_add_test).
plumbline_add_test(tst_report SOURCES tst_report.cpp ../common/ReportFixture.h LIBS plumbline_app Qt6::Gui LABELS unit)
# The report's value checks (ARCHITECTURE.md §12): print and CSV, and no raw value in any format.
plumbline_add_test(tst_report_values SOURCES tst_report_values.cpp ../common/ReportFixture.h LIBS plumbline_app Qt6::Gui
    LABELS unit)
