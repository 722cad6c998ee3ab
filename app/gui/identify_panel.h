#pragma once
// What the user clicked: names in three languages, kind, coordinates, layer and source; for schematic or
// approximate data, says so.

#include "geo/feature_picker.h"
#include "geo/observation_post.h"

#include <QTextBrowser>

class IdentifyPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    void showFeature(const geo::PickedFeature& picked);
    void showPost(const geo::ObservationPost& post);
    void showNothing();
};
