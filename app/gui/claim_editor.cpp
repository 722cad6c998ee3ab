#include "claim_editor.h"

#include "date_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace {
constexpr geo::Controller kControllers[] = {geo::Controller::Government, geo::Controller::Opposition,
                                            geo::Controller::Hts,        geo::Controller::Turkey,
                                            geo::Controller::Contested,  geo::Controller::Unknown};
constexpr geo::ClaimStatus kStatuses[] = {geo::ClaimStatus::Claimed, geo::ClaimStatus::Assessed,
                                          geo::ClaimStatus::Disputed, geo::ClaimStatus::Retracted};
} // namespace

ClaimEditor::ClaimEditor(QWidget* parent)
    : QGroupBox(tr("Claim"), parent), m_place(new QComboBox(this)), m_controller(new QComboBox(this)),
      m_previous(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_interval(new QCheckBox(tr("until"), this)), m_precision(new QComboBox(this)), m_status(new QComboBox(this)),
      m_claimant(new QLineEdit(this)), m_apply(new QPushButton(tr("Apply to the claim"), this))
{
    for (geo::Controller c : kControllers)
        m_controller->addItem(controllerLabel(c), geo::controllerName(c));
    m_previous->addItem(tr("not stated"), QString());
    for (geo::Controller c : kControllers)
        m_previous->addItem(controllerLabel(c), geo::controllerName(c));
    for (geo::ClaimStatus s : kStatuses)
        m_status->addItem(statusLabel(s), geo::claimStatusName(s));
    m_precision->addItem(tr("the day"), 1);
    m_precision->addItem(tr("within a week"), 2);
    m_precision->addItem(tr("within a month"), 3);
    for (QDateEdit* edit : {m_from, m_to}) {
        showDatesTheLocaleWay(edit);
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(2011, 1, 1), QDate(2030, 12, 31));
        edit->setSpecialValueText(QStringLiteral(" ")); // shown at the minimum: no claim selected
    }
    m_to->setEnabled(false);
    connect(m_interval, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_claimant->setPlaceholderText(tr("who says it: state TV, SANA, SOHR…"));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(m_interval);
    dates->addWidget(m_to);
    dates->addStretch();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Held by:"), m_controller);
    form->addRow(tr("Held before by:"), m_previous);
    form->addRow(tr("Date:"), dates);
    form->addRow(tr("Precision:"), m_precision);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Claimed by:"), m_claimant);
    form->addRow(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &ClaimEditor::applied);
    setClaim(nullptr);
}

QString ClaimEditor::controllerLabel(geo::Controller controller)
{
    switch (controller) {
    case geo::Controller::Government: return tr("government");
    case geo::Controller::Opposition: return tr("opposition");
    case geo::Controller::Hts: return tr("HTS");
    case geo::Controller::Turkey: return tr("Turkey");
    case geo::Controller::Contested: return tr("contested");
    case geo::Controller::Unknown: break;
    }
    return tr("unknown");
}

QString ClaimEditor::statusLabel(geo::ClaimStatus status)
{
    switch (status) {
    case geo::ClaimStatus::Claimed: return tr("claimed (reported only)");
    case geo::ClaimStatus::Assessed: return tr("assessed (confirmed independently)");
    case geo::ClaimStatus::Disputed: return tr("disputed");
    case geo::ClaimStatus::Retracted: return tr("retracted");
    }
    return {};
}

void ClaimEditor::setCatalog(std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang)
{
    m_catalog = std::move(catalog);
    m_lang = lang;
}

void ClaimEditor::addPlace(const QString& id)
{
    if (id.isEmpty() || m_place->findData(id) >= 0)
        return;
    const QString name = m_catalog ? m_catalog->name(id, m_lang) : id;
    m_place->addItem(name == id ? id : tr("%1 (%2)").arg(name, id), id);
}

void ClaimEditor::setPlaces(const QStringList& placeIds)
{
    const QString current = m_place->currentData().toString();
    const QSignalBlocker block(m_place);
    m_place->clear();
    for (const QString& id : placeIds)
        addPlace(id);
    addPlace(current);
    m_place->setCurrentIndex(m_place->findData(current));
}

void ClaimEditor::setClaimants(const QStringList& names)
{
    auto* completer = new QCompleter(names, m_claimant);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_claimant->completer();
    m_claimant->setCompleter(completer);
}

void ClaimEditor::setClaim(const geo::Annotation* claim)
{
    setEnabled(claim != nullptr);
    if (!claim) { // blank, not a made-up date
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        m_claimant->clear();
        return;
    }
    addPlace(claim->place);
    m_place->setCurrentIndex(m_place->findData(claim->place));
    m_controller->setCurrentIndex(
        m_controller->findData(geo::controllerName(claim->controller.value_or(geo::Controller::Unknown))));
    m_previous->setCurrentIndex(
        claim->previousController ? m_previous->findData(geo::controllerName(*claim->previousController)) : 0);
    m_status->setCurrentIndex(
        m_status->findData(geo::claimStatusName(claim->claimStatus.value_or(geo::ClaimStatus::Claimed))));
    const QDate from = claim->eventDateFrom.isValid() ? claim->eventDateFrom : QDate::currentDate();
    const QDate to = claim->eventDateTo.isValid() ? claim->eventDateTo : from;
    m_from->setDate(from);
    m_to->setDate(to);
    m_interval->setChecked(to != from);
    const int precision = claim->timePrecision > 0 ? claim->timePrecision : (to != from ? 3 : 1);
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(precision)));
    m_claimant->setText(claim->claimant);
}

geo::Annotation ClaimEditor::edited(geo::Annotation claim) const
{
    claim.place = m_place->currentData().toString();
    claim.controller = geo::controllerFromName(m_controller->currentData().toString());
    const QString previous = m_previous->currentData().toString();
    claim.previousController =
        previous.isEmpty() ? std::nullopt : std::optional<geo::Controller>(geo::controllerFromName(previous));
    claim.claimStatus = geo::claimStatusFromName(m_status->currentData().toString());
    const QDate from = m_from->date();
    const QDate to = m_interval->isChecked() ? std::max(m_to->date(), from) : from;
    claim.eventDateFrom = from;
    claim.eventDateTo = to;
    claim.eventDate = to == from ? from.toString(Qt::ISODate)
                                 : from.toString(Qt::ISODate) + QLatin1Char('/') + to.toString(Qt::ISODate);
    claim.timePrecision = m_precision->currentData().toInt();
    claim.approximateDate = to != from || claim.timePrecision > 1;
    claim.claimant = m_claimant->text().trimmed();
    return claim;
}
