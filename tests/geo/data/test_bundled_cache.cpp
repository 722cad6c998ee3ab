// The bundled features kept between runs: what comes back from the cache is exactly what reading the file gives
// (every attribute, vertex, simplified vertex, label point), a cache that holds it is read instead of the file,
// and a damaged cache is ignored and written again.
#include "geo/data/bundled_cache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

class TestBundledCache : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theCacheGivesWhatTheFileGives_data();
    void theCacheGivesWhatTheFileGives();
    void aDamagedCacheIsReadAgainFromTheFile();
    void aMissingFileIsStillAnError();

private:
    static QVector<Feature> readDirectly(const QString& path, double simplify);
    static void compare(const QVector<Feature>& got, const QVector<Feature>& expected);
};

void TestBundledCache::initTestCase()
{
    QVERIFY(QFile::exists(":/geodata/boundaries/syr_adm2_ocha_nw.geojson"));
}

QVector<Feature> TestBundledCache::readDirectly(const QString& path, double simplify)
{
    QString error;
    auto source = VectorSource::open(path, &error);
    if (!source)
        qFatal("%s", qPrintable(error));
    ReadOptions options;
    options.simplifyTolerance = simplify;
    QVector<Feature> features;
    if (!source->readFeatures(0, options, &features, &error))
        qFatal("%s", qPrintable(error));
    return features;
}

void TestBundledCache::compare(const QVector<Feature>& got, const QVector<Feature>& expected)
{
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].fid, expected[i].fid);
        QCOMPARE(got[i].attributes, expected[i].attributes);
        QCOMPARE(got[i].geometry.kind, expected[i].geometry.kind);
        QCOMPARE(got[i].geometry.parts, expected[i].geometry.parts); // the same doubles, bit for bit
        QCOMPARE(got[i].simplified.kind, expected[i].simplified.kind);
        QCOMPARE(got[i].simplified.parts, expected[i].simplified.parts);
        QCOMPARE(got[i].labelPoint, expected[i].labelPoint);
        QCOMPARE(got[i].wkb, expected[i].wkb);
    }
}

void TestBundledCache::theCacheGivesWhatTheFileGives_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("simplify");
    QTest::newRow("districts, simplified") << ":/geodata/boundaries/syr_adm2_ocha_nw.geojson" << 0.004;
    QTest::newRow("rivers, simplified") << ":/geodata/boundaries/gshhg_rivers_nw.geojson" << 0.004;
    QTest::newRow("posts, points") << ":/geodata/observation_posts/turkish_posts_idlib_located.geojson" << 0.0;
}

void TestBundledCache::theCacheGivesWhatTheFileGives()
{
    QFETCH(QString, path);
    QFETCH(double, simplify);
    QTemporaryDir dir;
    const QVector<Feature> expected = readDirectly(path, simplify);
    QVERIFY(!expected.isEmpty());
    const QString cache = bundledCacheFile(path, simplify, dir.path());
    QVERIFY(!cache.isEmpty());
    QVERIFY(!QFile::exists(cache));

    // First run: read from the file, and kept.
    QVector<Feature> first;
    QString error;
    QVERIFY2(readBundledFeatures(path, simplify, &first, &error, dir.path()), qPrintable(error));
    compare(first, expected);
    QVERIFY(QFile::exists(cache));

    // Next run: from the cache, which is not written again (its date stays the one set here).
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-30);
    {
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    QVector<Feature> second;
    QVERIFY2(readBundledFeatures(path, simplify, &second, &error, dir.path()), qPrintable(error));
    compare(second, expected);
    QCOMPARE(QFileInfo(cache).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());

    // Another tolerance is another entry.
    QVERIFY(bundledCacheFile(path, simplify + 0.001, dir.path()) != cache);
}

void TestBundledCache::aDamagedCacheIsReadAgainFromTheFile()
{
    const QString path = ":/geodata/boundaries/syr_adm2_ocha_nw.geojson";
    QTemporaryDir dir;
    const QVector<Feature> expected = readDirectly(path, 0.004);
    QVector<Feature> features;
    QString error;
    QVERIFY(readBundledFeatures(path, 0.004, &features, &error, dir.path()));
    const QString cache = bundledCacheFile(path, 0.004, dir.path());
    const qint64 size = QFileInfo(cache).size();
    QVERIFY(size > 1000);

    // Cut short (a full disk, a crash): ignored, the file is read, and the cache is whole again.
    QVERIFY(QFile::resize(cache, size / 2));
    features.clear();
    QVERIFY2(readBundledFeatures(path, 0.004, &features, &error, dir.path()), qPrintable(error));
    compare(features, expected);
    QCOMPARE(QFileInfo(cache).size(), size);

    // One byte of a vertex changed (a bad sector, a stray write), or bytes added: what comes back is still the
    // file's, and the cache is written again.
    for (const bool append : {false, true}) {
        {
            QFile f(cache);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            if (append)
                bytes.append("trailing");
            else
                bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        features.clear();
        QVERIFY2(readBundledFeatures(path, 0.004, &features, &error, dir.path()), qPrintable(error));
        compare(features, expected);
        QCOMPARE(QFileInfo(cache).size(), size);
    }
}

void TestBundledCache::aMissingFileIsStillAnError()
{
    QTemporaryDir dir;
    QVector<Feature> features;
    QString error;
    QVERIFY(!readBundledFeatures(":/geodata/no-such-file.geojson", 0.004, &features, &error, dir.path()));
    QVERIFY(error.contains("no-such-file"));
    QVERIFY(features.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestBundledCache)
#include "test_bundled_cache.moc"
