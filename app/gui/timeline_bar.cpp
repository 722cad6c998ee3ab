#include "timeline_bar.h"

#include "geo/core/date_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>

namespace {

constexpr int kPlayIntervalMs = 900;

// A slider that marks the dates of changes under its groove.
class TickedSlider : public QSlider {
public:
    explicit TickedSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {}
    QDate first;
    QList<QDate> ticks;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        QSlider::paintEvent(e);
        if (!first.isValid())
            return;
        QPainter painter(this);
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        const int span = std::max(1, maximum());
        const double left = groove.left() + handle.width() / 2.0;
        const double width = groove.width() - handle.width();
        painter.setPen(QPen(QColor(0xd7, 0x30, 0x1f), 2));
        for (const QDate& d : std::as_const(ticks)) {
            const int x = int(left + double(first.daysTo(d)) / span * width);
            painter.drawLine(x, height() - 6, x, height() - 1);
        }
    }
};

} // namespace

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent), m_slider(new TickedSlider(this)), m_label(new QLabel(this)), m_prev(new QToolButton(this)),
      m_playButton(new QToolButton(this)), m_next(new QToolButton(this))
{
    m_prev->setText(QStringLiteral("⏮"));
    m_prev->setToolTip(tr("Previous change (Page Up)"));
    m_prev->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setText(QStringLiteral("⏭"));
    m_next->setToolTip(tr("Next change (Page Down)"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_playButton->setText(QStringLiteral("▶"));
    m_playButton->setToolTip(tr("Play through the changes"));
    m_label->setMinimumWidth(190);
    QFont f = m_label->font();
    f.setBold(true);
    m_label->setFont(f);
    m_slider->setTickPosition(QSlider::NoTicks);
    m_slider->setMinimumHeight(28);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_prev);
    layout->addWidget(m_playButton);
    layout->addWidget(m_next);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    connect(m_prev, &QToolButton::clicked, this, &TimelineBar::previousChange);
    connect(m_next, &QToolButton::clicked, this, &TimelineBar::nextChange);
    connect(m_playButton, &QToolButton::clicked, this, &TimelineBar::togglePlay);
    connect(m_slider, &QSlider::valueChanged, this, [this](int days) {
        const QDate d = m_first.addDays(days);
        if (d != m_date) {
            m_date = d;
            updateLabel();
            emit dateChanged(m_date);
        }
    });
    m_play.setInterval(kPlayIntervalMs);
    connect(&m_play, &QTimer::timeout, this, [this] {
        const auto it = std::upper_bound(m_changes.cbegin(), m_changes.cend(), m_date);
        if (it == m_changes.cend()) {
            togglePlay();
            return;
        }
        setDate(*it);
    });
    setEnabled(false);
    updateLabel();
}

void TimelineBar::setChanges(QDate first, QDate last, const QList<QDate>& changes)
{
    m_first = first;
    m_last = last;
    m_changes = changes;
    std::sort(m_changes.begin(), m_changes.end());
    setEnabled(first.isValid() && last.isValid() && first <= last);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, int(first.daysTo(last)));
    m_slider->setPageStep(30);
    if (!m_date.isValid() || m_date < first || m_date > last)
        m_date = last;
    m_slider->setValue(int(first.daysTo(m_date)));
    auto* ticked = static_cast<TickedSlider*>(m_slider);
    ticked->first = first;
    ticked->ticks = m_changes;
    updateLabel();
    m_slider->update();
}

void TimelineBar::setDate(QDate date)
{
    if (!m_first.isValid() || !date.isValid())
        return;
    date = std::clamp(date, m_first, m_last);
    m_slider->setValue(int(m_first.daysTo(date))); // emits dateChanged through valueChanged
}

void TimelineBar::previousChange()
{
    auto it = std::lower_bound(m_changes.cbegin(), m_changes.cend(), m_date);
    if (it != m_changes.cbegin())
        setDate(*std::prev(it));
}

void TimelineBar::nextChange()
{
    const auto it = std::upper_bound(m_changes.cbegin(), m_changes.cend(), m_date);
    if (it != m_changes.cend())
        setDate(*it);
}

void TimelineBar::togglePlay()
{
    if (m_play.isActive()) {
        m_play.stop();
        m_playButton->setText(QStringLiteral("▶"));
        return;
    }
    if (!m_changes.isEmpty() && m_date >= m_changes.last())
        setDate(m_changes.first());
    m_play.start();
    m_playButton->setText(QStringLiteral("⏸"));
}

void TimelineBar::setLanguage(geo::Language lang)
{
    m_lang = lang;
    updateLabel();
}

QString TimelineBar::dateText() const
{
    return m_label->text();
}

void TimelineBar::updateLabel()
{
    m_label->setText(m_date.isValid() ? geo::asOfText(m_date, m_lang) : tr("No dated claims"));
}
