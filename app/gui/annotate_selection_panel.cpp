#include "annotate_selection_panel.h"

#include "suggestion_list.h"

#include "geo/articles/text_anchor.h"
#include "geo/core/name_folding.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

constexpr int kEntityRole = Qt::UserRole;
constexpr geo::AnnotationKind kKinds[] = {
    geo::AnnotationKind::Place,  geo::AnnotationKind::Road,  geo::AnnotationKind::Post,   geo::AnnotationKind::Area,
    geo::AnnotationKind::Border, geo::AnnotationKind::Actor, geo::AnnotationKind::Figure, geo::AnnotationKind::Claim};

} // namespace

AnnotateSelectionPanel::AnnotateSelectionPanel(std::shared_ptr<const geo::Gazetteer> gazetteer,
                                               std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang,
                                               QWidget* parent)
    : QWidget(parent), m_gazetteer(std::move(gazetteer)), m_catalog(std::move(catalog)), m_lang(lang),
      m_selection(new QLabel(tr("Select words in the text, then say what they are."), this)),
      m_kind(new QComboBox(this)), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_pickOnMap(new QPushButton(tr("Pick on the &map"), this)), m_figureValue(new QDoubleSpinBox(this)),
      m_figureUnit(new QLineEdit(this)), m_add(new QPushButton(tr("A&dd annotation"), this)),
      m_use(new QPushButton(tr("&Use for the selected row"), this))
{
    m_selection->setWordWrap(true);
    for (geo::AnnotationKind kind : kKinds)
        m_kind->addItem(SuggestionList::kindLabel(kind), geo::annotationKindName(kind));
    m_search->setPlaceholderText(tr("Search by any spelling: Saraqib, سراقب, Sana…"));
    m_search->setClearButtonEnabled(true);
    m_pickOnMap->setCheckable(true);
    m_pickOnMap->setToolTip(tr("While this is down, a click on a town, road or area of the main window's map "
                               "chooses it"));
    m_figureValue->setRange(0, 1e12);
    m_figureValue->setDecimals(1);
    m_figureUnit->setPlaceholderText(tr("what it counts: vehicles, people, percent…"));
    m_add->setEnabled(false);
    m_use->setToolTip(tr("Point the annotation selected in the suggestions at this entity instead"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_pickOnMap);
    auto* figureRow = new QHBoxLayout;
    figureRow->addWidget(m_figureValue);
    figureRow->addWidget(m_figureUnit, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_use);
    buttonRow->addStretch();
    buttonRow->addWidget(m_add);
    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Entity:"), searchRow);
    form->addRow(m_results);
    form->addRow(tr("Figure:"), figureRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_selection);
    layout->addLayout(form, 1);
    layout->addLayout(buttonRow);
    connect(m_search, &QLineEdit::textChanged, this, &AnnotateSelectionPanel::search);
    connect(m_add, &QPushButton::clicked, this, &AnnotateSelectionPanel::addRequested);
    connect(m_use, &QPushButton::clicked, this, &AnnotateSelectionPanel::useRequested);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { search(m_search->text()); });
}

void AnnotateSelectionPanel::setKnownEntities(std::function<QStringList()> knownEntities)
{
    m_knownEntities = std::move(knownEntities);
}

void AnnotateSelectionPanel::setSelectedWords(const QString& words)
{
    m_selection->setText(words.isEmpty() ? tr("Select words in the text, then say what they are.")
                                         : tr("Selected: %1").arg(geo::TextAnchor::quoted(words)));
    m_add->setEnabled(!words.isEmpty());
}

void AnnotateSelectionPanel::offerEntities(const QString& entity, const QStringList& alternatives)
{
    if (!m_search->text().isEmpty())
        return;
    m_results->clear();
    addResult(entity);
    for (const QString& id : alternatives)
        addResult(id);
}

void AnnotateSelectionPanel::setUseEnabled(bool enabled)
{
    m_use->setEnabled(enabled);
}

bool AnnotateSelectionPanel::isPicking() const
{
    return m_pickOnMap->isChecked();
}

std::optional<geo::AnnotationKind> AnnotateSelectionPanel::kind() const
{
    return geo::annotationKindFromName(m_kind->currentData().toString());
}

QString AnnotateSelectionPanel::chosenEntity() const
{
    const QListWidgetItem* chosen = m_results->currentItem();
    return chosen ? chosen->data(kEntityRole).toString() : QString();
}

double AnnotateSelectionPanel::figureValue() const
{
    return m_figureValue->value();
}

QString AnnotateSelectionPanel::figureUnit() const
{
    return m_figureUnit->text().trimmed();
}

void AnnotateSelectionPanel::addResult(const QString& id, const QString& detail)
{
    if (id.isEmpty())
        return;
    for (int r = 0; r < m_results->count(); ++r)
        if (m_results->item(r)->data(kEntityRole).toString() == id)
            return;
    const QString name = m_catalog ? m_catalog->name(id, m_lang) : id;
    QString text = name == id ? id : tr("%1 — %2").arg(name, id);
    if (!detail.isEmpty())
        text = tr("%1 (%2)").arg(text, detail);
    auto* row = new QListWidgetItem(text, m_results);
    row->setData(kEntityRole, id);
    if (m_results->count() == 1)
        m_results->setCurrentRow(0);
}

void AnnotateSelectionPanel::search(const QString& query)
{
    m_results->clear();
    const QString folded = geo::foldName(query);
    if (folded.isEmpty() || !m_catalog)
        return;
    const auto kind = this->kind();
    const bool placeLike = kind == geo::AnnotationKind::Place || kind == geo::AnnotationKind::Claim;
    if (placeLike && m_gazetteer)
        for (const geo::GazetteerMatch& m : m_gazetteer->search(query, 15))
            addResult(m.place->id, m.matchedName);
    // Other entities: those the article, its suggestions and the stored articles point at, by any of their names.
    const QStringList known = m_knownEntities ? m_knownEntities() : QStringList();
    for (const QString& id : known) {
        bool match = geo::foldName(id).contains(folded);
        for (geo::Language l : {geo::Language::French, geo::Language::English, geo::Language::Arabic})
            match = match || geo::foldName(m_catalog->name(id, l)).contains(folded);
        if (match && (!kind || placeLike || id.startsWith(geo::annotationKindName(*kind) + QLatin1Char(':'))))
            addResult(id);
    }
    // An id typed as it is, when the catalog knows it.
    if (m_catalog->contains(query.trimmed()))
        addResult(query.trimmed());
}

bool AnnotateSelectionPanel::pick(const geo::PickedFeature& picked)
{
    if (!m_catalog)
        return false;
    const QVariantMap& at = picked.feature().attributes;
    const QStringList candidates{at.value(QStringLiteral("id")).toString(),
                                 QStringLiteral("road:") + at.value(QStringLiteral("ref")).toString(),
                                 QStringLiteral("area:") + at.value(QStringLiteral("ADM1_PCODE")).toString(),
                                 QStringLiteral("area:") + at.value(QStringLiteral("ADM2_PCODE")).toString()};
    for (const QString& id : candidates) {
        if (!m_catalog->contains(id))
            continue;
        const QSignalBlocker block(m_search);
        m_search->clear();
        m_results->clear();
        addResult(id, tr("on the map"));
        m_results->setCurrentRow(0);
        m_pickOnMap->setChecked(false);
        return true;
    }
    return false;
}
