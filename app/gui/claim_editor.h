#pragma once
// The fields of one control claim, as the workbench edits them: the place, who holds it and who held it before,
// the date or interval with its precision, the status and who claims it. Apply writes them back.

#include "geo/articles/article.h"
#include "geo/data/entity_catalog.h"

#include <QGroupBox>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

class ClaimEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit ClaimEditor(QWidget* parent = nullptr);

    void setCatalog(std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang);
    // The places the article mentions (ids), offered first for the claim's place.
    void setPlaces(const QStringList& placeIds);
    // Names the claimant field suggests (the actors of the article, the publisher).
    void setClaimants(const QStringList& names);
    // Shows CLAIM's fields; disabled when CLAIM is null.
    void setClaim(const geo::Annotation* claim);
    // CLAIM with the fields as edited.
    geo::Annotation edited(geo::Annotation claim) const;

    QComboBox* placeBox() const { return m_place; }
    QComboBox* controllerBox() const { return m_controller; }
    QComboBox* previousBox() const { return m_previous; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* intervalBox() const { return m_interval; }
    QComboBox* precisionBox() const { return m_precision; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* claimantEdit() const { return m_claimant; }
    QPushButton* applyButton() const { return m_apply; }

    // The words for a controller and a status in the interface's language.
    static QString controllerLabel(geo::Controller controller);
    static QString statusLabel(geo::ClaimStatus status);

signals:
    void applied();

private:
    void addPlace(const QString& id);
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::Language m_lang = geo::Language::English;
    QComboBox* m_place;
    QComboBox* m_controller;
    QComboBox* m_previous;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_interval;
    QComboBox* m_precision;
    QComboBox* m_status;
    QLineEdit* m_claimant;
    QPushButton* m_apply;
};
