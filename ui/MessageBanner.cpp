#include "MessageBanner.h"

#include "StatusIcons.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QColor blend(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
        float(base.greenF() * (1 - amount) + tint.greenF() * amount),
        float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

MessageBanner::MessageBanner(Kind kind, bool closable, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    auto* icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap
        = kind == Kind::Info ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    icon->setAccessibleName(kindName());
    layout->addWidget(icon, 0, Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(u"bannerText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_label, 1);
    if (closable) {
        m_close = new QToolButton(this);
        m_close->setObjectName(u"closeBannerButton"_s);
        m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
        m_close->setAutoRaise(true);
        m_close->setToolTip(tr("Dismiss"));
        m_close->setAccessibleName(tr("Dismiss message"));
        layout->addWidget(m_close, 0, Qt::AlignTop);
        connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    }
    setAccessibleName(kindName());
    applyTint();
}

QString MessageBanner::kindName() const
{
    switch (m_kind) {
    case Kind::Info:
        break;
    case Kind::Warning:
        return tr("Warning");
    case Kind::Error:
        return tr("Problem");
    }
    return tr("Information");
}

void MessageBanner::showMessage(const QString& text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTint();
}

void MessageBanner::applyTint()
{
    // Follow the application palette (light or dark); only the background is tinted, the text keeps its colour.
    m_applying = true;
    QPalette pal = QApplication::palette(this);
    const QColor tint = m_kind == Kind::Error ? StatusPalette::errorText()
        : m_kind == Kind::Warning             ? StatusPalette::colour(Severity::Warning)
                                              : QColor(0x2f, 0x7d, 0xd0);
    pal.setColor(QPalette::Window, blend(pal.color(QPalette::Base), tint, 0.18));
    setPalette(pal);
    m_applying = false;
}

} // namespace plumbline
