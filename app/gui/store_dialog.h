#pragma once
// File > Store: where the articles are kept. A GeoPackage file (a new file becomes a new store) or a PostgreSQL
// database shared by the desk. "Test" opens the store on a worker thread and says what it holds and whether this
// user may import; the password of a connection is used but never kept (libpq reads it from ~/.pgpass or
// PGPASSWORD).

#include <QDialog>
#include <QThreadPool>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class StoreDialog : public QDialog {
    Q_OBJECT
public:
    // CURRENT: the store the window has open (a file path or a connection).
    explicit StoreDialog(const QString& current, QWidget* parent = nullptr);
    ~StoreDialog() override;

    // The store chosen, as typed (a connection keeps its password here, for this session only).
    QString location() const;
    // Whether TEXT is a connection that holds a password.
    static bool holdsPassword(const QString& text);

    QRadioButton* fileChoice() const { return m_fileChoice; }
    QRadioButton* databaseChoice() const { return m_databaseChoice; }
    QLineEdit* fileEdit() const { return m_fileEdit; }
    QLineEdit* connectionEdit() const { return m_connectionEdit; }
    QPushButton* testButton() const { return m_testButton; }
    // What the last test found, in the words shown to the user.
    QString testResult() const;
    bool isTesting() const { return m_testing; }

    // Opens the chosen store off the GUI thread; emits tested when it knows.
    void test();

signals:
    void tested(bool ok, const QString& text);

private:
    void updateState();
    void fitContents();
    void browse();

    QRadioButton* m_fileChoice;
    QRadioButton* m_databaseChoice;
    QLineEdit* m_fileEdit;
    QPushButton* m_browse;
    QLineEdit* m_connectionEdit;
    QLabel* m_passwordNote;
    QPushButton* m_testButton;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    bool m_testing = false;
    QThreadPool m_pool; // waited for when the dialog goes
};
