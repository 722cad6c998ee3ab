#pragma once
// What the user clicked: names in three languages, kind, coordinates, layer and source; for schematic or
// approximate data, says so.

#include "geo/control/control_timeline.h"
#include "geo/render/feature_picker.h"
#include "geo/data/observation_post.h"

#include <QTextBrowser>

class IdentifyPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    // LEDGER: every claim about the place in time order; CONTROL: its state on the chosen date.
    void showFeature(const geo::PickedFeature& picked, const QList<geo::ClaimRecord>& ledger = {},
                     const geo::PlaceControl* control = nullptr, const QDate& date = {});
    // The ledger alone as HTML (claims on one date side by side), for tests and exports.
    static QString ledgerHtml(const QList<geo::ClaimRecord>& ledger);
    void showPost(const geo::ObservationPost& post);
    void showNothing();
};
