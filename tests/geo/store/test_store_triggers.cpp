// A store file that arrives from elsewhere can carry SQL triggers that run on every write: one that deletes the
// claims an import adds would leave the store "imported" and empty. The store check refuses a trigger it did
// not make, names it, and leaves the file as it is; the triggers GDAL makes for the layout are accepted.

#include "geo/store/store_dataset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>

class TestStoreTriggers : public QObject {
    Q_OBJECT

private:
    static QByteArray digest(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase() { GDALAllRegister(); }

    void triggersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("refused"); // the trigger named in the message; empty: accepted
        QTest::newRow("a store as created") << QByteArray() << QString();
        QTest::newRow("deletes every claim on insert")
            << QByteArray("CREATE TRIGGER purge AFTER INSERT ON claims BEGIN DELETE FROM claims; END")
            << QStringLiteral("purge");
        QTest::newRow("a known name with a foreign body")
            << QByteArray("CREATE TRIGGER rtree_claims_geom_delete2 AFTER DELETE ON claims BEGIN "
                          "UPDATE articles SET title = 'x'; END")
            << QStringLiteral("rtree_claims_geom_delete2");
        QTest::newRow("a GDAL name writing elsewhere")
            << QByteArray("CREATE TRIGGER trigger_insert_feature_count_claims_x AFTER INSERT ON claims BEGIN "
                          "UPDATE gpkg_ogr_contents SET feature_count = 0; END")
            << QStringLiteral("trigger_insert_feature_count_claims_x");
    }
    void triggersAreChecked()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, refused);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.gpkg"));
        QString error;
        QVERIFY2(geo::StoreDataset::create(path, &error), qPrintable(error));
        if (!sql.isEmpty()) {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(ds);
            ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
            QCOMPARE(CPLGetLastErrorType(), CE_None);
        }
        const QByteArray before = digest(path);
        const bool ok = geo::StoreDataset::check(path, &error);
        if (refused.isEmpty()) {
            QVERIFY2(ok, qPrintable(error));
            return;
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("triggers Frontline did not create (") + refused + QLatin1Char(')')),
                 qPrintable(error));
        QCOMPARE(digest(path), before); // left as it is
    }
};

QTEST_GUILESS_MAIN(TestStoreTriggers)
#include "test_store_triggers.moc"
