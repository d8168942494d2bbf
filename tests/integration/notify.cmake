# Notifications end to end in one process (ARCHITECTURE.md §14): the center, the outbox, a loopback receiver.
plumbline_add_test(tst_notifications SOURCES tst_notifications.cpp LIBS plumbline_app Qt6::Network LABELS integration)

# The real `plumbline` binary (ARCHITECTURE.md §14): `secret set channel/…` into the real keychain, `notify test` against
# a loopback receiver that checks the signature, `notify log`, the old settings key moving into the keychain (or staying,
# without one), the outbox of `run` surviving kill -9 and delivering once, a canary sweep.
plumbline_add_test(tst_notify_cli SOURCES tst_notify_cli.cpp IntegrationSupport.h ../common/WebhookReceiver.h
    LIBS plumbline_app plumbline_connectors plumbline_sandbox Qt6Keychain::Qt6Keychain Qt6::Sql Qt6::Network
    LABELS integration keychain TIMEOUT 420)
add_dependencies(tst_notify_cli plumbline)
