# File › Export Audit Report…: the dialog on a known workspace (offscreen): export, cancel, a responsive window.
plumbline_add_test(tst_reportdialog SOURCES tst_reportdialog.cpp ../common/ReportFixture.h
    LIBS plumbline_ui Qt6::Widgets LABELS gui TIMEOUT 300)
