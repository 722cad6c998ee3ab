#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString& attribution, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Frontline"));
    resize(720, 560);
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    QFile sources(QStringLiteral(":/geodata/SOURCES.md"));
    QString markdown = tr("# Frontline %1\n\nA map of the Idleb (Idlib) frontline in north-west Syria, 2019–2020: "
                          "towns in French, English and Arabic, the M4 and M5 highways, the Turkish observation "
                          "posts, and where each fact comes from.\n\n**Credits on every map:** %2\n\n")
                           .arg(QStringLiteral(FRONTLINE_VERSION), attribution);
    if (sources.open(QIODevice::ReadOnly))
        markdown += QString::fromUtf8(sources.readAll());
    text->setMarkdown(markdown);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}
