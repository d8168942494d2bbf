# Notification channels (ARCHITECTURE.md §14): each HTTP kind's request and the vendors' refusals against a real
# loopback receiver; e-mail against a real SMTP server on loopback (tests/common/smtp_server.py, python3-aiosmtpd).
plumbline_add_test(tst_notify_channels SOURCES tst_notify_channels.cpp ../common/WebhookReceiver.h
    LIBS plumbline_connectors Qt6::Network LABELS connectors)
plumbline_add_test(tst_notify_smtp SOURCES tst_notify_smtp.cpp
    LIBS plumbline_connectors Qt6::Network LABELS connectors TIMEOUT 240)
