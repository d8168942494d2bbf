# Alert engine (ARCHITECTURE.md, "Monitoring").
plumbline_add_test(tst_alertengine SOURCES tst_alertengine.cpp LIBS plumbline_models LABELS unit)
# Notifications below the network (ARCHITECTURE.md §14): channels, routing, the outbox.
plumbline_add_test(tst_notify SOURCES tst_notify.cpp LIBS plumbline_app LABELS unit)
