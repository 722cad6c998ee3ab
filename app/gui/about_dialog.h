#pragma once
// About Frontline: what it is, and the data's sources and licences.

#include <QDialog>

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString& attribution, QWidget* parent = nullptr);
};
