#pragma once
// View > What changed since…: the places whose side changed between a "since" date and the window's date, one
// row per claim behind each change (place, from → to, date, claimant, quote), built by geo (changes_report.h) as
// frontline-cli changes builds them. Activating a row asks the window to move to that date and ring the place.
// Copy puts the list on the clipboard as CSV; Save as CSV writes the same bytes as frontline-cli changes --out,
// whole or not at all (geo::FileWriter). Not modal: the window stays usable while it is open.

#include "geo/control/changes_report.h"
#include "geo/control/control_timeline.h"
#include "geo/core/place.h"
#include "geo/data/entity_catalog.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

class ChangesDialog : public QDialog {
    Q_OBJECT
public:
    // DATE: the window's date, the list's end; the "since" date starts a month before it. LANG: of place names.
    ChangesDialog(std::shared_ptr<const geo::ControlTimeline> timeline,
                  std::shared_ptr<const geo::EntityCatalog> catalog, QDate date, geo::Language lang,
                  QWidget* parent = nullptr);

    QDate since() const;
    void setSince(QDate since);
    QDate until() const;
    void setUntil(QDate until);

    // The rows listed, in the table's order.
    QList<geo::ChangeRow> rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;
    QString statusText() const;

    // The list as CSV: the bytes Save as CSV writes.
    QByteArray csv() const;
    // Writes csv() to PATH through geo::FileWriter. False with *ERROR (which file and why) when it cannot.
    bool saveCsv(const QString& path, QString* error) const;

public slots:
    void copyCsv();
    void saveCsvAs(); // asks for the file
    void activateRow(int row);

signals:
    // A row was clicked: the window moves to DATE and rings PLACEID.
    void placeActivated(const QString& placeId, QDate date);

protected:
    void showEvent(QShowEvent* event) override; // first shown low in the window: the map's centre stays in view

private:
    void refresh();
    void showStatus(const QString& text, bool error);

    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::Language m_lang;
    QList<geo::ChangeRow> m_rows;
    int m_places = 0;
    bool m_placed = false;

    QDateEdit* m_since;
    QDateEdit* m_until;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_copy;
    QPushButton* m_save;
};
