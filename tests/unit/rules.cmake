# Health rules (ARCHITECTURE.md, "Monitoring"): every rule table-driven.
plumbline_add_test(tst_rules SOURCES tst_rules.cpp LIBS plumbline_connectors plumbline_models LABELS unit)
