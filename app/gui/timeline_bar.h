#pragma once
// The date control under the map: a slider over the period with a tick for every dated change and month and year
// marks under it, previous/next change, play/pause, and the chosen date written out as the map's badge and an
// exported page write it (geo/core/date_text.h), in the label language, in a label as wide as the longest date of
// the period so that the slider keeps its length while the date moves.

#include "geo/core/place.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QSlider;
class QToolButton;

class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget* parent = nullptr);

    // The period shown and the dates of changes (ticks); keeps the current date when it is inside.
    void setChanges(QDate first, QDate last, const QList<QDate>& changes);
    QDate date() const { return m_date; }
    void setDate(QDate date);
    QList<QDate> changes() const { return m_changes; }
    bool isPlaying() const { return m_play.isActive(); }
    geo::Language language() const { return m_lang; }
    void setLanguage(geo::Language lang);
    QString dateText() const; // "au 1er février 2020", or what says there is no date

    // What changed on a date, one line a change ("Saraqeb: opposition → government"), in the label language: the
    // bar lists them in the tooltip and menu of a button beside the date, disabled on a date without change.
    using EventSource = std::function<QStringList(QDate date, geo::Language lang)>;
    void setEventSource(EventSource source);
    QStringList events() const { return m_events; } // those of the current date

    // A month or year mark under the track: X pixels from the track's first day, left to right, its text starting
    // there ("févr.", "2020" at January, "mai 2019" for the first mark).
    struct Mark {
        int x = 0;
        QString text;
        bool year = false; // the text names the year
    };
    // The marks for a track WIDTH pixels long in the label language: every month, or every 2, 3, 6 or 12 months
    // when their names would touch; none runs past the track's end.
    QList<Mark> marks(int width) const;
    QList<Mark> marks() const; // for the track as it is now

protected:
    void changeEvent(QEvent* event) override;

public slots:
    void previousChange();
    void nextChange();
    void togglePlay();

signals:
    void dateChanged(QDate date);

private:
    void updateLabel();
    void updateLabelWidth();
    void updatePlayButton();
    void updateEvents();

    QSlider* m_slider;
    QWidget* m_ruler; // the marks, under the slider
    QLabel* m_label;
    QToolButton* m_prev;
    QToolButton* m_playButton;
    QToolButton* m_next;
    QToolButton* m_eventsButton;
    QDate m_first, m_last, m_date;
    geo::Language m_lang = geo::Language::French; // as RenderSettings::labelLanguage
    QList<QDate> m_changes;
    EventSource m_eventSource;
    QStringList m_events;
    QTimer m_play;
};
