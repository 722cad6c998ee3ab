#pragma once
// The workbench's metadata form: the article's title, publisher, publication day, address, notes, language (the
// detected one until the user chooses), kind and id. The id is made from the publisher, the day and the title until
// the user types one, or is the stored article's while it is corrected.

#include "geo/articles/article.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class ArticleMetadataForm : public QWidget {
    Q_OBJECT
public:
    explicit ArticleMetadataForm(QWidget* parent = nullptr);

    // Fills the fields from a stored article; its language counts as chosen.
    void load(const geo::Article& article);
    // Writes the fields into ARTICLE (id, title, publisher, url, notes, published, language, kind).
    void fill(geo::Article* article) const;
    // The id is ARTICLEID's and cannot be edited: the article corrects the stored one.
    void setCorrecting(const QString& articleId);
    // The language the suggester detected: shown, and chosen unless the user chose one.
    void setDetectedLanguage(const QString& code);
    void clearDetectedLanguage();
    // The id made from the publisher, the day and the title, unless the user typed one or the article is corrected.
    void updateAutoId();

    QString languageCode() const;                              // "fr", "en", "ar"
    bool isLanguageChosen() const { return m_languageChosen; } // by the user: detection no longer changes it

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* publisherEdit() const { return m_publisher; }
    QDateEdit* publishedEdit() const { return m_published; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* notesEdit() const { return m_notes; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* kindBox() const { return m_kind; }

signals:
    void edited();                 // a field changed: the article is to be checked again
    void suggestionInputChanged(); // the language, the day or the publisher changed: suggest again

private:
    bool m_languageChosen = false;
    bool m_idEdited = false;
    bool m_correcting = false;
    QLineEdit* m_title;
    QLineEdit* m_publisher;
    QDateEdit* m_published;
    QLineEdit* m_url;
    QLineEdit* m_id;
    QLineEdit* m_notes;
    QComboBox* m_language;
    QLabel* m_detected;
    QComboBox* m_kind;
};
