# Notifications end to end in one process (ARCHITECTURE.md §14): the center, the outbox, a loopback receiver.
plumbline_add_test(tst_notifications SOURCES tst_notifications.cpp LIBS plumbline_app Qt6::Network LABELS integration)
