// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/LiveLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace punchclock {

namespace {

// QLabel's own interface answers Value with nothing: this one answers it with the text.
class LiveLabelAccessible : public QAccessibleWidget
{
public:
    explicit LiveLabelAccessible(QWidget *label) : QAccessibleWidget(label, QAccessible::StaticText) {}

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const QLabel *>(widget());
        switch (t) {
        case QAccessible::Name:
            return label->accessibleName().isEmpty() ? label->text() : label->accessibleName();
        case QAccessible::Value:
            return label->text();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *liveLabelFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("punchclock::LiveLabel") && object && object->isWidgetType())
        return new LiveLabelAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

LiveLabel::LiveLabel(QWidget *parent) : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(liveLabelFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void LiveLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    QLabel::setText(text);
    setAccessibleDescription(text); // announces DescriptionChanged itself
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, text);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace punchclock
