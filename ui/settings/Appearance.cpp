#include "Appearance.h"

#include "../StatusIcons.h"

#include <ResourcePaths.h>

#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace plumbline {

Appearance::Appearance(QApplication& app)
    : m_app(app)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_systemPalette(QApplication::palette())
{
}

void Appearance::applyTheme(AppSettings::Theme theme)
{
    m_theme = theme;
    switch (theme) {
    case AppSettings::Theme::System:
        if (QStyle* style = QStyleFactory::create(m_systemStyle))
            QApplication::setStyle(style);
        QApplication::setPalette(m_systemPalette);
        break;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette Appearance::lightPalette()
{
    QPalette p(QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::WindowText, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::ButtonText, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x4e, 0x79));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xa8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xee));
    p.setColor(QPalette::ToolTipText, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    return p;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base(0x1c, 0x1e, 0x22);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7d, 0x83, 0x8b);
    QPalette p(QColor(0x33, 0x37, 0x3d), window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x7b, 0xc8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x48, 0x4f));
    return p;
}

QIcon Appearance::appIcon()
{
    QIcon icon;
    for (const int size : ResourcePaths::appIconSizes())
        icon.addFile(ResourcePaths::appIconPng(size), QSize(size, size));
    // The SVG scales to any other size, but only with Qt's SVG plugin (libqt6svg6 on Debian 12).
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(ResourcePaths::appIcon());
    return icon;
}

QIcon Appearance::trayIcon(Severity severity)
{
    const QIcon app = appIcon();
    if (severity == Severity::Ok)
        return app;
    const QIcon dot = StatusIcons::icon(severity);
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = app.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const int d = std::max(8, size * 9 / 16);
        const QRect corner(size - d, size - d, d, d);
        // A ring in the icon's background colour keeps the dot readable on the icon.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1f, 0x4e, 0x79));
        painter.drawEllipse(corner);
        dot.paint(&painter, corner.adjusted(1, 1, -1, -1));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace plumbline
