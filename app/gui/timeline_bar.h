#pragma once
// The date control under the map: a slider over the period with a tick for every dated change, previous/next
// change, play/pause, and the chosen date written out as the map's badge and an exported page write it
// (geo/core/date_text.h), in the label language.

#include "geo/core/place.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

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

public slots:
    void previousChange();
    void nextChange();
    void togglePlay();

signals:
    void dateChanged(QDate date);

private:
    void updateLabel();

    QSlider* m_slider;
    QLabel* m_label;
    QToolButton* m_prev;
    QToolButton* m_playButton;
    QToolButton* m_next;
    QDate m_first, m_last, m_date;
    geo::Language m_lang = geo::Language::French; // as RenderSettings::labelLanguage
    QList<QDate> m_changes;
    QTimer m_play;
};
