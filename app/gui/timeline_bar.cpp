#include "timeline_bar.h"

#include "geo/core/date_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kPlayIntervalMs = 900;
constexpr int kMarkGap = 8;    // pixels at least between two mark texts
constexpr int kRulerTicks = 6; // height of the ticks above the mark texts
const QColor kChangeColour(0xd7, 0x30, 0x1f);

// The themed icon when the desktop has one, else the style's own (bundled with Qt Widgets): never a font glyph,
// which the installed fonts may lack.
QIcon mediaIcon(const QWidget* w, const char* themeName, QStyle::StandardPixmap standard)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), w->style()->standardIcon(standard, nullptr, w));
}

// The slider, with where its track runs: the handle's centre from the first to the last day.
class TrackSlider : public QSlider {
public:
    explicit TrackSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {}

    // Left end of the track in the slider's coordinates and its length in pixels.
    std::pair<int, int> track() const
    {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        return {groove.left() + handle.width() / 2, std::max(1, groove.width() - handle.width())};
    }
    bool mirrored() const { return invertedAppearance() != (layoutDirection() == Qt::RightToLeft); }
};

// Under the slider: a red tick for every change, and the month and year marks.
class Ruler : public QWidget {
public:
    Ruler(TrackSlider* slider, TimelineBar* bar) : QWidget(bar), m_slider(slider), m_bar(bar)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setCursor(Qt::PointingHandCursor);
    }
    QDate first;
    QList<QDate> ticks;

    QSize sizeHint() const override { return {200, kRulerTicks + 2 + fontMetrics().height()}; }
    QSize minimumSizeHint() const override { return {50, sizeHint().height()}; }

    // X in this widget of the track's pixel POS (from its first day).
    int toX(int pos) const
    {
        const auto [left, span] = m_slider->track();
        const int x = m_slider->mapTo(parentWidget(), QPoint(left, 0)).x() - this->x();
        return m_slider->mirrored() ? x + span - pos : x + pos;
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        if (!first.isValid() || !isEnabled())
            return;
        QPainter painter(this);
        const auto [left, span] = m_slider->track();
        const int days = std::max(1, m_slider->maximum());
        painter.setPen(QPen(kChangeColour, 2));
        for (const QDate& d : std::as_const(ticks)) {
            const int x = toX(QStyle::sliderPositionFromValue(0, days, int(first.daysTo(d)), span));
            painter.drawLine(x, 0, x, kRulerTicks);
        }
        QFont bold = font();
        bold.setBold(true);
        const QColor text = palette().color(QPalette::WindowText);
        for (const TimelineBar::Mark& mark : m_bar->marks(span)) {
            const int x = toX(mark.x);
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(x, 1, x, kRulerTicks - 2);
            painter.setPen(text);
            painter.setFont(mark.year ? bold : font());
            const QFontMetrics fm(painter.font());
            const int w = fm.horizontalAdvance(mark.text);
            const QRect r(m_slider->mirrored() ? x - w - 2 : x + 2, kRulerTicks, w, fm.height());
            painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, mark.text);
        }
    }
    // A click under the track moves there, as on the track itself.
    void mousePressEvent(QMouseEvent* e) override
    {
        if (!first.isValid())
            return;
        const auto [left, span] = m_slider->track();
        int pos = int(e->position().x()) - toX(0);
        if (m_slider->mirrored())
            pos = -pos;
        m_slider->setValue(QStyle::sliderValueFromPosition(0, m_slider->maximum(), std::clamp(pos, 0, span), span));
    }

private:
    TrackSlider* m_slider;
    TimelineBar* m_bar;
};

} // namespace

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent), m_slider(new TrackSlider(this)), m_label(new QLabel(this)), m_prev(new QToolButton(this)),
      m_playButton(new QToolButton(this)), m_next(new QToolButton(this)), m_eventsButton(new QToolButton(this))
{
    auto* slider = static_cast<TrackSlider*>(m_slider);
    m_ruler = new Ruler(slider, this);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_label->setObjectName(QStringLiteral("timelineDate"));
    m_prev->setObjectName(QStringLiteral("previousChange"));
    m_playButton->setObjectName(QStringLiteral("playPause"));
    m_next->setObjectName(QStringLiteral("nextChange"));
    m_prev->setIcon(mediaIcon(this, "media-skip-backward", QStyle::SP_MediaSkipBackward));
    m_prev->setToolTip(tr("Previous change (Page Up)"));
    m_prev->setAccessibleName(tr("Previous change"));
    m_prev->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setIcon(mediaIcon(this, "media-skip-forward", QStyle::SP_MediaSkipForward));
    m_next->setToolTip(tr("Next change (Page Down)"));
    m_next->setAccessibleName(tr("Next change"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_eventsButton->setObjectName(QStringLiteral("dateEvents"));
    m_eventsButton->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details"),
                                             style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_eventsButton->setAccessibleName(tr("Changes on this date"));
    m_eventsButton->setPopupMode(QToolButton::InstantPopup);
    m_eventsButton->setMenu(new QMenu(m_eventsButton));
    for (QToolButton* b : {m_prev, m_playButton, m_next, m_eventsButton}) {
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        b->setAutoRaise(true);
    }
    updatePlayButton();
    QFont f = m_label->font();
    f.setBold(true);
    m_label->setFont(f);
    m_label->setAlignment(Qt::AlignVCenter | Qt::AlignLeading);
    m_slider->setTickPosition(QSlider::NoTicks);
    auto* track = new QVBoxLayout;
    track->setContentsMargins(0, 0, 0, 0);
    track->setSpacing(0);
    track->addWidget(m_slider);
    track->addWidget(m_ruler);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_prev);
    layout->addWidget(m_playButton);
    layout->addWidget(m_next);
    layout->addLayout(track, 1);
    layout->addSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_eventsButton);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
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
    updateLabelWidth();
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
    auto* ruler = static_cast<Ruler*>(m_ruler);
    ruler->first = first;
    ruler->ticks = m_changes;
    updateLabel();
    updateLabelWidth();
    m_ruler->update();
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
        updatePlayButton();
        return;
    }
    if (!m_changes.isEmpty() && m_date >= m_changes.last())
        setDate(m_changes.first());
    m_play.start();
    updatePlayButton();
}

void TimelineBar::updatePlayButton()
{
    const bool playing = m_play.isActive();
    m_playButton->setIcon(playing ? mediaIcon(this, "media-playback-pause", QStyle::SP_MediaPause)
                                  : mediaIcon(this, "media-playback-start", QStyle::SP_MediaPlay));
    m_playButton->setToolTip(playing ? tr("Pause") : tr("Play through the changes"));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void TimelineBar::setLanguage(geo::Language lang)
{
    m_lang = lang;
    updateLabel();
    updateLabelWidth();
    m_ruler->update();
}

QString TimelineBar::dateText() const
{
    return m_label->text();
}

void TimelineBar::updateLabel()
{
    m_label->setText(m_date.isValid() ? geo::asOfText(m_date, m_lang) : tr("No dated claims"));
    updateEvents();
}

void TimelineBar::setEventSource(EventSource source)
{
    m_eventSource = std::move(source);
    updateEvents();
}

void TimelineBar::updateEvents()
{
    m_events = m_eventSource && m_date.isValid() ? m_eventSource(m_date, m_lang) : QStringList();
    QMenu* menu = m_eventsButton->menu();
    menu->clear();
    for (const QString& line : std::as_const(m_events))
        menu->addAction(line); // to read: choosing one does nothing more
    m_eventsButton->setEnabled(!m_events.isEmpty());
    const QString date = geo::dateText(m_date, m_lang);
    m_eventsButton->setToolTip(!m_date.isValid()    ? tr("No dated claims")
                               : m_events.isEmpty() ? tr("No change on %1").arg(date)
                                                    : tr("Changes on %1:\n%2").arg(date, m_events.join(u'\n')));
}

// As wide as the longest date of the period in the label language, so that neither the label nor the slider
// change size as the date moves.
void TimelineBar::updateLabelWidth()
{
    const QFontMetrics fm(m_label->font());
    int widest = fm.horizontalAdvance(tr("No dated claims"));
    if (m_first.isValid() && m_last.isValid())
        for (QDate d = m_first; d <= m_last; d = d.addDays(1))
            widest = std::max(widest, fm.horizontalAdvance(geo::asOfText(d, m_lang)));
    const QMargins m = m_label->contentsMargins();
    m_label->setFixedWidth(widest + m.left() + m.right() + 2 * m_label->margin() + 2);
}

void TimelineBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateLabelWidth();
        updatePlayButton();
        m_prev->setIcon(mediaIcon(this, "media-skip-backward", QStyle::SP_MediaSkipBackward));
        m_next->setIcon(mediaIcon(this, "media-skip-forward", QStyle::SP_MediaSkipForward));
        m_eventsButton->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details"),
                                                 style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    }
    QWidget::changeEvent(event);
}

QList<TimelineBar::Mark> TimelineBar::marks() const
{
    return marks(static_cast<TrackSlider*>(m_slider)->track().second);
}

QList<TimelineBar::Mark> TimelineBar::marks(int width) const
{
    if (!m_first.isValid() || !m_last.isValid() || m_first > m_last || width <= 0)
        return {};
    const QLocale locale = geo::dateLocale(m_lang); // month names beside the dates' digits
    QFont bold = m_ruler->font();
    bold.setBold(true);
    const QFontMetrics plainMetrics(m_ruler->font()), boldMetrics(bold);
    const int days = std::max(1, int(m_first.daysTo(m_last)));
    QList<QDate> months; // the first day of every month inside the period
    for (QDate d(m_first.year(), m_first.month(), 1); d <= m_last; d = d.addMonths(1))
        if (d >= m_first)
            months.append(d);
    // Every month if their names fit, else every 2, 3, 6 or 12 (January is always one of them). The first mark,
    // which also names its year, may push out the month after it; any other collision asks for a longer step.
    for (const int step : {1, 2, 3, 6, 12}) {
        QList<Mark> out;
        QList<int> ends; // where each mark's text ends
        int skipped = 0;
        for (const QDate& d : std::as_const(months)) {
            if ((d.month() - 1) % step != 0)
                continue;
            Mark mark;
            mark.x = QStyle::sliderPositionFromValue(0, days, int(m_first.daysTo(d)), width);
            const QString month = locale.standaloneMonthName(d.month(), QLocale::ShortFormat);
            const QString year = QString::number(d.year());
            mark.year = d.month() == 1 || out.isEmpty();
            mark.text = d.month() == 1 ? year : out.isEmpty() ? month + QLatin1Char(' ') + year : month;
            const int w = (mark.year ? boldMetrics : plainMetrics).horizontalAdvance(mark.text) + 2;
            if (mark.x + w > width)
                break; // would run past the track's end: left out, and the marks after it too
            // A year pushes out the month before it, unless that is the first mark.
            if (mark.year && out.size() > 1 && !out.last().year && mark.x < ends.last() + kMarkGap) {
                out.removeLast();
                ends.removeLast();
                ++skipped;
            }
            if (!out.isEmpty() && mark.x < ends.last() + kMarkGap) {
                ++skipped;
                continue;
            }
            out.append(mark);
            ends.append(mark.x + w);
        }
        if (skipped <= 1 || step == 12)
            return out;
    }
    return {};
}
