#pragma once
// What the user clicked: names in three languages, kind, coordinates, layer and source; for schematic or
// approximate data, says so. For a place: who held it on the window's date, the claim behind it, and the
// ledger of every claim about it, one block per claim over the panel's whole width. Under any click, the claims
// about the whole area there (a governorate, a district), said to be less precise than a town's.

#include "geo/control/control_timeline.h"
#include "geo/render/feature_picker.h"
#include "geo/data/observation_post.h"

#include <QTextBrowser>

class IdentifyPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    // The language of the names shown first (a district's name, its governorate).
    void setLanguage(geo::Language lang);
    // LEDGER: every claim about the place in time order; CONTROL: its state on the chosen DATE; ARTICLES: where
    // the titles of the claims' articles are looked up (may be null).
    void showFeature(const geo::PickedFeature& picked, const QList<geo::ClaimRecord>& ledger = {},
                     const geo::PlaceControl* control = nullptr, const QDate& date = {},
                     const QList<geo::Article>* articles = nullptr);
    // The ledger alone as HTML (one block per claim, grouped by date), for tests and exports.
    static QString ledgerHtml(const QList<geo::ClaimRecord>& ledger, const QList<geo::Article>* articles = nullptr);
    // The claims about a whole area under the click (format 1.1), each with its lower precision said, as HTML.
    static QString areaClaimsHtml(const QList<geo::AreaClaim>& claims, const QList<geo::Article>* articles = nullptr);
    // The side, as a reader says it: "Government (Syrian army and allies)".
    static QString sideName(geo::Controller controller);
    // A claim's status in the interface's language ("claimed", "assessed"...).
    static QString statusName(geo::ClaimStatus status);
    // Who held the place on DATE and the claim behind it (CLAIM may be null), for the panel and the map's
    // tooltip: "Held by Government (…) on 2020-02-08 (claimed, since 2020-02-06)", SEPARATOR, "Claim of
    // 2020-02-06 by SANA".
    static QString holderLine(const geo::PlaceControl& control, const QDate& date, const geo::ClaimRecord* claim,
                              const QString& separator = QStringLiteral("; "));
    // The claim of LEDGER that decided CONTROL, or null.
    static const geo::ClaimRecord* decidingClaim(const QList<geo::ClaimRecord>& ledger,
                                                 const geo::PlaceControl& control);
    void showPost(const geo::ObservationPost& post);
    void showNothing();

private:
    geo::Language m_language = geo::Language::English;
};
