#include "StatusIcons.h"

#include <QPainter>
#include <QPixmap>

namespace plumbline {

QColor StatusPalette::colour(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QColor(0x2e, 0x9e, 0x4f);
    case Severity::Warning:
        return QColor(0xe0, 0x9b, 0x14);
    case Severity::Critical:
        return QColor(0xd1, 0x34, 0x38);
    case Severity::Unknown:
        break;
    }
    return QColor(0x80, 0x80, 0x88);
}

QIcon StatusIcons::icon(Severity severity)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(severity));
    if (it != cache.constEnd())
        return *it;
    const QColor color = StatusPalette::colour(severity);
    QIcon icon;
    for (int size : { 16, 32, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), size / 16.0));
        painter.setBrush(color);
        const qreal margin = size * 0.18;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    cache.insert(int(severity), icon);
    return icon;
}

QIcon StatusIcons::icon(const QString& key)
{
    const std::optional<Severity> s = severityFromKey(key);
    return s ? icon(*s) : QIcon();
}

StatusIconProxy::StatusIconProxy(int statusRole, int column, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_statusRole(statusRole)
    , m_columns { column }
{
}

QVariant StatusIconProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole && m_columns.contains(index.column())) {
        const QString key = QIdentityProxyModel::data(index, m_statusRole).toString();
        if (!key.isEmpty())
            return StatusIcons::icon(key);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace plumbline
