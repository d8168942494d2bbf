# `plumbline report` end to end (ARCHITECTURE.md, "Reports"): the real binary on a known workspace, each format read back
# (pdftotext from poppler-utils, a CSV parser, the HTML's references), a planted secret absent everywhere, edge
# cases, usage errors, and SIGTERM in the middle leaving nothing behind.
plumbline_add_test(tst_report_cli SOURCES tst_report_cli.cpp IntegrationSupport.h ../common/ReportFixture.h
    LIBS plumbline_app Qt6::Sql LABELS integration TIMEOUT 300)
add_dependencies(tst_report_cli plumbline)
