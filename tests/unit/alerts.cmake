# Alert engine and outbound webhook (ARCHITECTURE.md, "Monitoring").
plumbline_add_test(tst_alertengine SOURCES tst_alertengine.cpp LIBS plumbline_models LABELS unit)
plumbline_add_test(tst_webhook SOURCES tst_webhook.cpp LIBS plumbline_connectors Qt6::Network LABELS unit)
