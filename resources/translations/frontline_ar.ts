<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Frontline</source>
        <translation>حول Frontline</translation>
    </message>
    <message>
        <source># Frontline %1

A map of the Idleb (Idlib) frontline in north-west Syria, 2019–2020: towns in French, English and Arabic, the M4 and M5 highways, the Turkish observation posts, and where each fact comes from.

**Credits on every map:** %2

</source>
        <translation># Frontline %1

خريطة لخط الجبهة في إدلب، شمال غربي سوريا، في عامَي 2019 و2020: البلدات بالفرنسية والإنكليزية والعربية، والطريقان الدوليان M4 وM5، ونقاط المراقبة التركية، ومصدر كل معلومة.

**الحقوق المذكورة على كل خريطة:** %2

</translation>
    </message>
</context>
<context>
    <name>AnnotateSelectionPanel</name>
    <message>
        <source>Select words in the text, then say what they are.</source>
        <translation>حدّد كلمات في النص، ثم بيّن ما تدلّ عليه.</translation>
    </message>
    <message>
        <source>Pick on the &amp;map</source>
        <translation>&amp;اختيار من الخريطة</translation>
    </message>
    <message>
        <source>A&amp;dd annotation</source>
        <translation>&amp;إضافة الشرح</translation>
    </message>
    <message>
        <source>&amp;Use for the selected row</source>
        <translation>&amp;استخدامه للسطر المحدَّد</translation>
    </message>
    <message>
        <source>Search by any spelling: Saraqib, سراقب, Sana…</source>
        <translation>ابحث بأي كتابة: سراقب، Saraqib، سانا…</translation>
    </message>
    <message>
        <source>While this is down, a click on a town, road or area of the main window&apos;s map chooses it</source>
        <translation>ما دام هذا الزر مضغوطًا، يختار النقرُ على بلدة أو طريق أو منطقة في خريطة النافذة الرئيسية ذلك العنصر</translation>
    </message>
    <message>
        <source>what it counts: vehicles, people, percent…</source>
        <translation>ما يعدّه: آليات، أشخاص، نسبة مئوية…</translation>
    </message>
    <message>
        <source>Point the annotation selected in the suggestions at this entity instead</source>
        <translation>جعل الشرح المحدَّد في الاقتراحات يشير إلى هذا الكيان بدلًا من غيره</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>الكيان:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>المحدَّد: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>on the map</source>
        <translation>على الخريطة</translation>
    </message>
</context>
<context>
    <name>ArticleMetadataForm</name>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>article (the words of a source)</source>
        <translation>مقال (كلمات مصدر بعينه)</translation>
    </message>
    <message>
        <source>summary (of cited sources)</source>
        <translation>ملخص (لمصادر مذكورة)</translation>
    </message>
    <message>
        <source>Relative dates in the text (&quot;Friday&quot;, &quot;yesterday&quot;, &quot;end of January&quot;) count from this day</source>
        <translation>تُحسب التواريخ النسبية في النص («الجمعة»، «أمس»، «نهاية يناير») انطلاقًا من هذا اليوم</translation>
    </message>
    <message>
        <source>the headline, or a descriptive title</source>
        <translation>العنوان، أو عنوان وصفي</translation>
    </message>
    <message>
        <source>AFP, Reuters, SANA, Enab Baladi…</source>
        <translation>فرانس برس، رويترز، سانا، عنب بلدي…</translation>
    </message>
    <message>
        <source>without an address, say why (e.g. a wire copy)</source>
        <translation>إن لم يكن هناك عنوان، اذكر السبب (مثلًا: برقية وكالة)</translation>
    </message>
    <message>
        <source>made from the publisher, date and title</source>
        <translation>يُكوَّن من الناشر والتاريخ والعنوان</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;الناشر:</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;تاريخ النشر:</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;الرابط (URL):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>The corrected article replaces the stored one with this id</source>
        <translation>يحلّ المقال المصحَّح محلّ المقال المحفوظ بهذا المعرّف</translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation>المكتشَفة: %1</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Paste the dispatch here (Ctrl+V), or open a .txt or .html file</source>
        <translation>الصق نص البرقية هنا (Ctrl+V)، أو افتح ملفًا نصيًا (txt) أو صفحة ويب (html)</translation>
    </message>
    <message>
        <source>This text has %1 characters; the workbench takes a dispatch of up to %2. Split it into its articles, or annotate it with frontline-cli annotate.</source>
        <translation>يضم هذا النص %1 حرفًا، ولا تقبل ورشة الشرح برقيةً تتجاوز %2 حرف. قسّمه إلى مقالاته، أو اشرحه باستخدام frontline-cli annotate.</translation>
    </message>
</context>
<context>
    <name>ArticleWorkbench</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>&amp;Import into the store</source>
        <translation>&amp;استيراد إلى قاعدة المقالات</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;فتح ملف…</translation>
    </message>
    <message>
        <source>A .txt file, or an .html page whose text is taken (nothing in it is fetched or run)</source>
        <translation>ملف نصي (txt)، أو صفحة ويب (html) يؤخذ نصها فقط (لا يُجلب منها شيء ولا يُشغَّل)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Annotate the selection</source>
        <translation>شرح الكلمات المحدّدة</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>المشكلات:</translation>
    </message>
    <message>
        <source>On the map:</source>
        <translation>على الخريطة:</translation>
    </message>
    <message>
        <source>Write the article as an annotated-article file (.geojson)</source>
        <translation>كتابة المقال في ملف مقال مشروح (geojson)</translation>
    </message>
    <message>
        <source>Open a dispatch</source>
        <translation>فتح برقية</translation>
    </message>
    <message>
        <source>Text or web page (*.txt *.html *.htm);;All files (*)</source>
        <translation>نص أو صفحة ويب (*‎.txt *‎.html *‎.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save the annotated article</source>
        <translation>حفظ المقال المشروح</translation>
    </message>
    <message>
        <source>Annotated articles (*.geojson)</source>
        <translation>مقالات مشروحة (*‎.geojson)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Paste the dispatch or open a file; the suggestions come as you go.</source>
        <translation>الصق البرقية أو افتح ملفًا؛ تظهر الاقتراحات تباعًا.</translation>
    </message>
    <message>
        <source>Correct article — %1</source>
        <translation>تصحيح المقال — %1</translation>
    </message>
    <message>
        <source>in the stored article</source>
        <translation>في المقال المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Replace the stored article</source>
        <translation>&amp;استبدال المقال المحفوظ</translation>
    </message>
    <message>
        <source>Suggestions cancelled; edit the text or the metadata to run them again.</source>
        <translation>أُلغيت الاقتراحات؛ عدّل النص أو البيانات الوصفية لإعادة تشغيلها.</translation>
    </message>
    <message>
        <source>The text is empty: paste a dispatch or open a .txt or .html file.</source>
        <translation>النص فارغ: الصق برقية أو افتح ملفًا نصيًا (txt) أو صفحة ويب (html).</translation>
    </message>
    <message>
        <source>Looking for places, actors and claims…</source>
        <translation>جارٍ البحث عن الأماكن والجهات والادعاءات…</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>لا اقتراحات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to check: accept, reject or edit each; nothing is imported before you accept it.</source>
        <translation>
            <numerusform>لا اقتراحات للمراجعة.</numerusform>
            <numerusform>اقتراح واحد للمراجعة: اقبله أو ارفضه أو عدّله؛ لا يُستورد شيء قبل أن تقبله.</numerusform>
            <numerusform>اقتراحان للمراجعة: اقبل كلًّا منهما أو ارفضه أو عدّله؛ لا يُستورد شيء قبل أن تقبله.</numerusform>
            <numerusform>%n اقتراحات للمراجعة: اقبل كلًّا منها أو ارفضه أو عدّله؛ لا يُستورد شيء قبل أن تقبله.</numerusform>
            <numerusform>%n اقتراحًا للمراجعة: اقبل كلًّا منها أو ارفضه أو عدّله؛ لا يُستورد شيء قبل أن تقبله.</numerusform>
            <numerusform>%n اقتراح للمراجعة: اقبل كلًّا منها أو ارفضه أو عدّله؛ لا يُستورد شيء قبل أن تقبله.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing an article can point at there: click a town, a road or a governorate.</source>
        <translation>لا شيء هنا يمكن أن يشير إليه مقال: انقر على بلدة أو طريق أو محافظة.</translation>
    </message>
    <message>
        <source>Choose what the words point at: search for it, or pick it on the map.</source>
        <translation>اختر ما تشير إليه الكلمات: ابحث عنه، أو اختره من الخريطة.</translation>
    </message>
    <message>
        <source>Claim added: say who holds the place, since when and who says so, then Apply.</source>
        <translation>أُضيف الادعاء: بيّن من يسيطر على المكان ومنذ متى ومن يقول ذلك، ثم طبّق.</translation>
    </message>
    <message>
        <source>None: the article reads as a valid annotated article.</source>
        <translation>لا شيء: يُقرأ المقال مقالًا مشروحًا صالحًا.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 from %4</source>
        <translation>%1: %2 ← %3 اعتبارًا من %4</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <source>%1: still %2 on %3 (the claim supports what the map shows)</source>
        <translation>%1: لا تزال %2 في %3 (يؤيّد الادعاء ما تُظهره الخريطة)</translation>
    </message>
    <message>
        <source>The store already holds this text as &quot;%1&quot;: an import adds nothing; correct that article from the Articles panel instead.</source>
        <translation>تضم قاعدة المقالات هذا النص بالفعل باسم «%1»: لن يضيف الاستيراد شيئًا؛ صحّح ذلك المقال من لوحة المقالات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No accepted claim: the map does not change.</source>
        <translation>لا ادعاء مقبولًا: لا تتغيّر الخريطة.</translation>
    </message>
    <message>
        <source>Read-only store: %1</source>
        <translation>قاعدة المقالات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Add the article to the store, all or nothing</source>
        <translation>إضافة المقال إلى قاعدة المقالات، كاملًا أو لا شيء</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>أصلح المشكلات المذكورة أولًا</translation>
    </message>
    <message>
        <source>Nothing was imported: read-only store: %1</source>
        <translation>لم يُستورَد أي شيء: قاعدة المقالات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>استُورد: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورَد أي شيء: %1</translation>
    </message>
    <message>
        <source>The import is under way; the window closes once it has landed.</source>
        <translation>الاستيراد جارٍ؛ ستُغلق النافذة بعد اكتماله.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) accepted: check the claims and what the map will show, then import.</source>
        <translation>
            <numerusform>لم يُقبل أي شرح.</numerusform>
            <numerusform>قُبل شرح واحد: راجع الادعاءات وما ستُظهره الخريطة، ثم استورد.</numerusform>
            <numerusform>قُبل شرحان: راجع الادعاءات وما ستُظهره الخريطة، ثم استورد.</numerusform>
            <numerusform>قُبلت %n شروح: راجع الادعاءات وما ستُظهره الخريطة، ثم استورد.</numerusform>
            <numerusform>قُبل %n شرحًا: راجع الادعاءات وما ستُظهره الخريطة، ثم استورد.</numerusform>
            <numerusform>قُبل %n شرح: راجع الادعاءات وما ستُظهره الخريطة، ثم استورد.</numerusform>
        </translation>
    </message>
    <message>
        <source>article</source>
        <translation>المقال</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <source>Remove article and its claims</source>
        <translation>حذف المقال وادعاءاته</translation>
    </message>
    <message>
        <source>Remove the article, its annotations and its claims from the store</source>
        <translation>حذف المقال وشروحه وادعاءاته من قاعدة المقالات</translation>
    </message>
    <message>
        <source>Read-only store: %1</source>
        <translation>قاعدة المقالات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Summary of cited sources (not a quotation)</source>
        <translation>ملخص للمصادر المذكورة (ليس اقتباسًا)</translation>
    </message>
    <message>
        <source> · summary of cited sources, not a quotation</source>
        <translation> · ملخص للمصادر المذكورة، ليس اقتباسًا</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <source>Open the article in the workbench; the corrected article replaces it</source>
        <translation>فتح المقال في ورشة الشرح؛ يحلّ المقال المصحَّح محلّه</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Defined in this article&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;معرّفة في هذا المقال&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>drawn at %1</source>
        <translation>مرسوم عند %1</translation>
    </message>
    <message>
        <source>no point given: not drawn</source>
        <translation>لا نقطة محددة: غير مرسوم</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>ساري المفعول منذ %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>along %1</source>
        <translation>على طول %1</translation>
    </message>
    <message>
        <source>%1 km wide</source>
        <translation>بعرض %1 كم</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Events&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;الأحداث&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <source>What changed since…</source>
        <translation>ما الذي تغيّر منذ…</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>منذ:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>حتى:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Click a row to show the place on the map at that date</source>
        <translation>انقر على سطر لإظهار المكان على الخريطة في ذلك التاريخ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The &quot;since&quot; date is after the end date: choose an earlier one.</source>
        <translation>تاريخ البداية يقع بعد تاريخ النهاية: اختر تاريخًا أسبق.</translation>
    </message>
    <message>
        <source>The articles are not loaded yet.</source>
        <translation>لم تُحمَّل المقالات بعدُ.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) changed hands between %1 and %2.</source>
        <translation>
            <numerusform>لم تنتقل السيطرة على أي مكان بين %1 و%2.</numerusform>
            <numerusform>انتقلت السيطرة على مكان واحد بين %1 و%2.</numerusform>
            <numerusform>انتقلت السيطرة على مكانين بين %1 و%2.</numerusform>
            <numerusform>انتقلت السيطرة على %n أماكن بين %1 و%2.</numerusform>
            <numerusform>انتقلت السيطرة على %n مكانًا بين %1 و%2.</numerusform>
            <numerusform>انتقلت السيطرة على %n مكان بين %1 و%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>‏%1 ‏←‏ %2</translation>
    </message>
    <message>
        <source>(no claim)</source>
        <translation>(لا ادعاء)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”
%2#%3</source>
        <translation>«%1»
%2#%3</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as CSV.</source>
        <translation>
            <numerusform>لم يُنسخ أي سطر بصيغة CSV.</numerusform>
            <numerusform>نُسخ سطر واحد بصيغة CSV.</numerusform>
            <numerusform>نُسخ سطران بصيغة CSV.</numerusform>
            <numerusform>نُسخت %n أسطر بصيغة CSV.</numerusform>
            <numerusform>نُسخ %n سطرًا بصيغة CSV.</numerusform>
            <numerusform>نُسخ %n سطر بصيغة CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>حفظ بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>كُتب: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>المعارضة</translation>
    </message>
    <message>
        <source>HTS</source>
        <translation>هيئة تحرير الشام</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Apply to the claim</source>
        <translation>تطبيق على الادعاء</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>اليوم بعينه</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>في حدود أسبوع</translation>
    </message>
    <message>
        <source>within a month</source>
        <translation>في حدود شهر</translation>
    </message>
    <message>
        <source>who says it: state TV, SANA, SOHR…</source>
        <translation>من يقول ذلك: التلفزيون الرسمي، سانا، المرصد…</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>يسيطر عليه:</translation>
    </message>
    <message>
        <source>Held before by:</source>
        <translation>كان يسيطر عليه:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <translation>صاحب الادعاء:</translation>
    </message>
    <message>
        <source>government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>المعارضة</translation>
    </message>
    <message>
        <source>HTS</source>
        <translation>هيئة تحرير الشام</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>claimed (reported only)</source>
        <translation>مُدَّعى (منقول فقط)</translation>
    </message>
    <message>
        <source>assessed (confirmed independently)</source>
        <translation>مُقيَّم (مؤكَّد من مصدر مستقل)</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>مطعون فيه</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <source>Web (1200×675)</source>
        <translation>ويب (1200×675)</translation>
    </message>
    <message>
        <source>Social (1080×1080)</source>
        <translation>مواقع التواصل (1080×1080)</translation>
    </message>
    <message>
        <source>Print A4 (300 dpi)</source>
        <translation>طباعة A4 (300 نقطة/بوصة)</translation>
    </message>
    <message>
        <source>Print A3 (300 dpi)</source>
        <translation>طباعة A3 (300 نقطة/بوصة)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>العرض الحالي</translation>
    </message>
    <message>
        <source>A named place</source>
        <translation>مكان محدد بالاسم</translation>
    </message>
    <message>
        <source>A bounding box</source>
        <translation>إطار إحداثيات</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>التغييرات منذ</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>خريطة موقع مصغّرة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>العنوان الفرعي:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Place name, e.g. Saraqeb</source>
        <translation>اسم المكان، مثل سراقب</translation>
    </message>
    <message>
        <source>minlon,minlat,maxlon,maxlat</source>
        <translation>minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>Extent: give a place name</source>
        <translation>النطاق: أدخل اسم مكان</translation>
    </message>
    <message>
        <source>Bounding box: expected minlon,minlat,maxlon,maxlat, e.g. 36.4,35.6,36.9,36.0</source>
        <translation>إطار الإحداثيات: الصيغة المطلوبة minlon,minlat,maxlon,maxlat، مثل 36.4,35.6,36.9,36.0</translation>
    </message>
    <message>
        <source>No map is loaded</source>
        <translation>لم تُحمَّل أي خريطة</translation>
    </message>
    <message>
        <source>Choose a file to write</source>
        <translation>اختر الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>كُتب: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Click a town, a post, a road or an area to see where it comes from.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;انقر على بلدة أو نقطة مراقبة أو طريق أو منطقة لمعرفة مصدرها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No claim about this place in the loaded articles.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;لا ادعاءات بشأن هذا المكان في المقالات المحمّلة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · approximate date (%1)</source>
        <translation> · تاريخ تقريبي (%1)</translation>
    </message>
    <message>
        <source> · does not count</source>
        <translation> · لا يُحتسب</translation>
    </message>
    <message>
        <source> · &lt;i&gt;contradicts the settled state&lt;/i&gt;</source>
        <translation> · &lt;i&gt;يناقض الوضع المستقر&lt;/i&gt;</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source> (key town)</source>
        <translation> (بلدة رئيسية)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>عدد السكان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Layer source</source>
        <translation>مصدر الطبقة</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Schematic.&lt;/b&gt; This line joins, in order, the towns the sources place on the road. It is not the course of the road. Open real geometry (e.g. an OpenStreetMap extract) to replace it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;خط تخطيطي.&lt;/b&gt; يصل هذا الخط بالترتيب بين البلدات التي تضعها المصادر على الطريق، وليس مسار الطريق الفعلي. افتح بيانات هندسية حقيقية (مثل مقتطف من OpenStreetMap) لاستبداله.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approximate position.&lt;/b&gt; The point is the settlement the post is named after; the post itself is usually on a hill or base nearby (1–5 km).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;موقع تقريبي.&lt;/b&gt; العلامة هي البلدة التي تحمل نقطة المراقبة اسمها؛ أما النقطة نفسها فتقع عادةً على تلة أو في قاعدة قريبة (1–5 كم).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Observation post %1</source>
        <translation>نقطة المراقبة %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Original twelve</source>
        <translation>من النقاط الاثنتي عشرة الأولى</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source> — approximate</source>
        <translation> — تقريبي</translation>
    </message>
    <message>
        <source>not known: listed, not drawn</source>
        <translation>غير معروف: مدرجة في القائمة، غير مرسومة على الخريطة</translation>
    </message>
    <message>
        <source>What the point means</source>
        <translation>دلالة العلامة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1، عبر %2</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation>صاحب الادعاء: %1</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>المقال: %1</translation>
    </message>
    <message>
        <source>Government (Syrian army and allies)</source>
        <translation>الحكومة (الجيش السوري وحلفاؤه)</translation>
    </message>
    <message>
        <source>Opposition (rebel factions)</source>
        <translation>المعارضة (فصائل المعارضة)</translation>
    </message>
    <message>
        <source>Hayat Tahrir al-Sham (HTS)</source>
        <translation>هيئة تحرير الشام</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Contested: the sources disagree</source>
        <translation>متنازع عليها: المصادر متضاربة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>No known holder on %1</source>
        <translation>لا جهة مسيطرة معروفة في %1</translation>
    </message>
    <message>
        <source>inferred from the first claim</source>
        <translation>مستنتج من الادعاء الأول</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1، منذ %2</translation>
    </message>
    <message>
        <source>Held by %1 on %2 (%3)</source>
        <translation>تحت سيطرة %1 في %2 (%3)</translation>
    </message>
    <message>
        <source>Claim of %1 by %2</source>
        <translation>ادعاء بتاريخ %1 صادر عن %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Ledger: every claim, in time order&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;السجل: كل الادعاءات بترتيبها الزمني&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>غير مؤرَّخ</translation>
    </message>
    <message numerus="yes">
        <source> · %n claim(s)</source>
        <translation>
            <numerusform> · لا ادعاءات</numerusform>
            <numerusform> · ادعاء واحد</numerusform>
            <numerusform> · ادعاءان</numerusform>
            <numerusform> · %n ادعاءات</numerusform>
            <numerusform> · %n ادعاءً</numerusform>
            <numerusform> · %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contradicted by %n claim(s)</source>
        <translation>
            <numerusform>لا يناقضه أي ادعاء</numerusform>
            <numerusform>يناقضه ادعاء واحد</numerusform>
            <numerusform>يناقضه ادعاءان</numerusform>
            <numerusform>تناقضه %n ادعاءات</numerusform>
            <numerusform>يناقضه %n ادعاءً</numerusform>
            <numerusform>يناقضه %n ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;The claim behind it&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;الادعاء الذي تستند إليه السيطرة&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>District (OCHA administrative level 2)</source>
        <translation>منطقة (المستوى الإداري الثاني لدى أوتشا)</translation>
    </message>
    <message>
        <source>Governorate (OCHA administrative level 1)</source>
        <translation>محافظة (المستوى الإداري الأول لدى أوتشا)</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز (P-code)</translation>
    </message>
    <message>
        <source>Boundaries as of</source>
        <translation>الحدود بتاريخ</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>مُدَّعى</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Claims about a whole area&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;ادعاءات سيطرة على منطقة كاملة&lt;/h4&gt;</translation>
    </message>
    <message>
        <source> · approximate date</source>
        <translation> · تاريخ تقريبي</translation>
    </message>
    <message>
        <source>About an area the article draws</source>
        <translation>عن منطقة يرسمها المقال</translation>
    </message>
    <message>
        <source>About the whole governorate (P-code %1)</source>
        <translation>عن المحافظة كاملة (الرمز %1)</translation>
    </message>
    <message>
        <source>About the whole district (P-code %1)</source>
        <translation>عن المنطقة الإدارية كاملة (الرمز %1)</translation>
    </message>
    <message>
        <source>Lower precision: the claim names no town; the towns&apos; own claims are drawn over its hatching.</source>
        <translation>دقة أقل: الادعاء لا يسمّي أي بلدة؛ ادعاءات البلدات نفسها مرسومة فوق التخطيط.</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>فُتحت من</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Open layer…</source>
        <translation>فتح طبقة…</translation>
    </message>
    <message>
        <source>Add any vector file GDAL reads: GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, OSM</source>
        <translation>إضافة أي ملف متجهي تقرؤه GDAL: GeoPackage وGeoJSON وShapefile وKML وFlatGeobuf وOSM</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n layer(s)</source>
        <translation>
            <numerusform>لم تُفتح أي طبقة</numerusform>
            <numerusform>فُتحت طبقة واحدة</numerusform>
            <numerusform>فُتحت طبقتان</numerusform>
            <numerusform>فُتحت %n طبقات</numerusform>
            <numerusform>فُتحت %n طبقة</numerusform>
            <numerusform>فُتحت %n طبقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1° N  %2° E</source>
        <translation>%1° ش  %2° ق</translation>
    </message>
    <message>
        <source>Open layer</source>
        <translation>فتح طبقة</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.osm *.pbf *.csv *.gml *.gpx);;All files (*)</source>
        <translation>بيانات متجهية (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.osm *.pbf *.csv *.gml *.gpx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No place matches &quot;%1&quot;</source>
        <translation>لا يوجد مكان يطابق «%1»</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>لم يُستورَد أي شيء:
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;استيراد مقالات…</translation>
    </message>
    <message>
        <source>Import annotated articles</source>
        <translation>استيراد مقالات مشروحة</translation>
    </message>
    <message>
        <source>Annotated articles (*.geojson *.json)</source>
        <translation>مقالات مشروحة (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Add annotated articles to the store; the map moves for everyone using it</source>
        <translation>إضافة مقالات مشروحة إلى قاعدة المقالات؛ تتغيّر الخريطة لدى كل من يستخدمها</translation>
    </message>
    <message>
        <source>&amp;Recent articles</source>
        <translation>&amp;المقالات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Open layer…</source>
        <translation>&amp;فتح طبقة…</translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;تصدير الخريطة…</translation>
    </message>
    <message>
        <source>&amp;Store…</source>
        <translation>&amp;قاعدة المقالات…</translation>
    </message>
    <message>
        <source>Choose where the articles are kept: a GeoPackage file or the desk&apos;s PostgreSQL database</source>
        <translation>اختيار مكان حفظ المقالات: ملف GeoPackage أو قاعدة بيانات PostgreSQL الخاصة بقسم التحرير</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Home (Idleb)</source>
        <translation>&amp;العودة إلى إدلب</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;تصغير</translation>
    </message>
    <message>
        <source>&amp;Clear highlight</source>
        <translation>&amp;إزالة التمييز</translation>
    </message>
    <message>
        <source>&amp;Label language</source>
        <translation>&amp;لغة التسميات</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;الفرنسية</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;الإنكليزية</translation>
    </message>
    <message>
        <source>&amp;Arabic</source>
        <translation>&amp;العربية</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;الإسقاط</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>&amp;حول Frontline</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Observation posts</source>
        <translation>نقاط المراقبة</translation>
    </message>
    <message>
        <source>Front lines (derived)</source>
        <translation>خطوط الجبهة (مستنتجة)</translation>
    </message>
    <message>
        <source>Control areas (derived from towns)</source>
        <translation>مناطق السيطرة (مستنتجة من البلدات)</translation>
    </message>
    <message>
        <source>%1 has no location on the map</source>
        <translation>ليس لـ«%1» موقع على الخريطة</translation>
    </message>
    <message>
        <source>Nothing was imported: read-only store: %1</source>
        <translation>لم يُستورَد أي شيء: قاعدة المقالات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>The password of this connection is used now but not kept: next time it comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>تُستخدم كلمة مرور هذا الاتصال الآن لكنها لا تُحفظ: في المرة القادمة تؤخذ من ~/.pgpass أو PGPASSWORD.</translation>
    </message>
    <message>
        <source>Read-only store: %1</source>
        <translation>قاعدة المقالات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Frontline — Idleb 2019–2020 — %1</source>
        <translation>Frontline — إدلب 2019–2020 — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>قاعدة المقالات: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>أحدهم</translation>
    </message>
    <message>
        <source>changed the store</source>
        <translation>عدّل قاعدة المقالات</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 عند الساعة %3</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Export &amp;time-lapse…</source>
        <translation>&amp;تصدير تسلسل زمني مصوَّر…</translation>
    </message>
    <message>
        <source>What &amp;changed since…</source>
        <translation>&amp;ما الذي تغيّر منذ…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;اللوحات</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;مقال جديد…</translation>
    </message>
    <message>
        <source>Paste or open a dispatch, check the suggested annotations, and import it</source>
        <translation>الصق برقية أو افتحها، وراجع الشروح المقترحة، ثم استوردها</translation>
    </message>
    <message>
        <source>The map is still loading; try again in a moment.</source>
        <translation>لا تزال الخريطة قيد التحميل؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop opening the layer; the map stays as it is</source>
        <translation>إيقاف فتح الطبقة؛ تبقى الخريطة كما هي</translation>
    </message>
    <message>
        <source>Stopped opening the layer; the map is as it was</source>
        <translation>توقف فتح الطبقة؛ الخريطة كما كانت</translation>
    </message>
    <message>
        <source>Reading the layers: %1 of %2</source>
        <translation>قراءة الطبقات: %1 من %2</translation>
    </message>
    <message>
        <source>%1 has no spatial index: making an indexed copy, once (%2%)</source>
        <translation>لا يوجد فهرس مكاني في %1: تُنشأ نسخة مفهرسة مرة واحدة (%2٪)</translation>
    </message>
</context>
<context>
    <name>MapSession</name>
    <message>
        <source>%1: the map was reloaded meanwhile; open the file again</source>
        <translation>%1: أُعيد تحميل الخريطة في هذه الأثناء؛ افتح الملف مجددًا</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Loading the Idleb map…</source>
        <translation>جارٍ تحميل خريطة إدلب…</translation>
    </message>
    <message>
        <source> (schematic)</source>
        <translation> (تخطيطي)</translation>
    </message>
    <message>
        <source> (approximate position)</source>
        <translation> (موقع تقريبي)</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>Posts without a known location are listed only, never drawn. Drawn posts sit on the village they are named after (approximate).</source>
        <translation>النقاط غير المعروفة الموقع مدرجة في القائمة فقط ولا تُرسم أبدًا. أما النقاط المرسومة فموضوعة على القرية التي تحمل اسمها (موقع تقريبي).</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>غير محدد الموقع</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Find a place: Saraqeb, Saraqib, سراقب…</source>
        <translation>ابحث عن مكان: سراقب أو Saraqeb أو Saraqib…</translation>
    </message>
    <message>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>village</source>
        <translation>قرية</translation>
    </message>
    <message>
        <source>hamlet</source>
        <translation>قرية صغيرة</translation>
    </message>
    <message>
        <source>post</source>
        <translation>نقطة مراقبة</translation>
    </message>
    <message>
        <source>%1 · %2 district and governorate</source>
        <translation>%1 · منطقة ومحافظة %2</translation>
    </message>
    <message>
        <source>%1 · %2 district, %3 governorate</source>
        <translation>%1 · منطقة %2، محافظة %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>1 article</source>
        <translation>مقالًا واحدًا</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 من المقالات</translation>
    </message>
    <message>
        <source>A &amp;GeoPackage file</source>
        <translation>&amp;ملف GeoPackage</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL database, shared by the desk</source>
        <translation>&amp;قاعدة بيانات PostgreSQL مشتركة لقسم التحرير</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;اختبار</translation>
    </message>
    <message>
        <source>Article store</source>
        <translation>قاعدة المقالات</translation>
    </message>
    <message>
        <source>/path/to/articles.gpkg</source>
        <translation>/path/to/articles.gpkg</translation>
    </message>
    <message>
        <source>Where the articles are kept. Everyone who opens the same store sees the same map.</source>
        <translation>مكان حفظ المقالات. كل من يفتح القاعدة نفسها يرى الخريطة نفسها.</translation>
    </message>
    <message>
        <source>A file that does not exist yet becomes a new store, with the bundled articles.</source>
        <translation>الملف الذي لم يُنشأ بعدُ يصبح قاعدة جديدة تضم المقالات المرفقة بالبرنامج.</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD and is never saved.</source>
        <translation>تؤخذ كلمة المرور من ~/.pgpass أو PGPASSWORD ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>This connection holds a password: it is used now but will not be kept. Next time it comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>يتضمن هذا الاتصال كلمة مرور: ستُستخدم الآن لكنها لن تُحفظ. في المرة القادمة تؤخذ من ~/.pgpass أو PGPASSWORD.</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No file there yet: a new store will be created, with the bundled articles.</source>
        <translation>لا يوجد ملف هنا بعدُ: ستُنشأ قاعدة جديدة تضم المقالات المرفقة بالبرنامج.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Cannot open this store:
%1</source>
        <translation>تعذّر فتح هذه القاعدة:
%1</translation>
    </message>
    <message>
        <source>It holds %1. You can import.</source>
        <translation>تضم %1. يمكنك الاستيراد.</translation>
    </message>
    <message>
        <source>It holds %1. Read only: you may browse and export, not import.
%2</source>
        <translation>تضم %1. للقراءة فقط: يمكنك التصفح والتصدير، لا الاستيراد.
%2</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Points at</source>
        <translation>يشير إلى</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Accept the selected suggestions (Enter)</source>
        <translation>قبول الاقتراحات المحدَّدة (Enter)</translation>
    </message>
    <message>
        <source>Reject the selected suggestions (Delete)</source>
        <translation>رفض الاقتراحات المحدَّدة (Delete)</translation>
    </message>
    <message>
        <source>Accept every suggestion not yet rejected</source>
        <translation>قبول كل الاقتراحات التي لم تُرفض بعد</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>road</source>
        <translation>طريق</translation>
    </message>
    <message>
        <source>post</source>
        <translation>نقطة مراقبة</translation>
    </message>
    <message>
        <source>area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>border</source>
        <translation>حدود</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>جهة فاعلة</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 ← %2، %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Select a suggestion to see why it was made.</source>
        <translation>حدّد اقتراحًا لترى سبب تقديمه.</translation>
    </message>
    <message>
        <source>Why: %1 (sure at %2%)</source>
        <translation>السبب: %1 (الثقة %2٪)</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>أُضيف يدويًا.</translation>
    </message>
    <message>
        <source>Other candidates: %1</source>
        <translation>مرشّحون آخرون: %1</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Acc&amp;ept all</source>
        <translation>&amp;قبول الكل</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>air strikes</source>
        <translation>غارات جوية</translation>
    </message>
    <message>
        <source>armoured vehicles</source>
        <translation>مدرعات</translation>
    </message>
    <message>
        <source>children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>civilians</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>deaths</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>نازحون</translation>
    </message>
    <message>
        <source>families</source>
        <translation>عائلات</translation>
    </message>
    <message>
        <source>fighters</source>
        <translation>مقاتلون</translation>
    </message>
    <message>
        <source>highways</source>
        <translation>طرق سريعة</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>نسمة</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <source>localities</source>
        <translation>بلدات</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>أميال</translation>
    </message>
    <message>
        <source>military installations</source>
        <translation>منشآت عسكرية</translation>
    </message>
    <message>
        <source>military posts</source>
        <translation>نقاط عسكرية</translation>
    </message>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>observation posts</source>
        <translation>نقاط مراقبة</translation>
    </message>
    <message>
        <source>people</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>refugees</source>
        <translation>لاجئون</translation>
    </message>
    <message>
        <source>soldiers</source>
        <translation>جنود</translation>
    </message>
    <message>
        <source>strikes</source>
        <translation>ضربات</translation>
    </message>
    <message>
        <source>tanks</source>
        <translation>دبابات</translation>
    </message>
    <message>
        <source>towns</source>
        <translation>مدن</translation>
    </message>
    <message>
        <source>trucks</source>
        <translation>شاحنات</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>آليات</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>ضحايا</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>قرى</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>جرحى</translation>
    </message>
    <message>
        <source>years</source>
        <translation>سنوات</translation>
    </message>
</context>
<context>
    <name>TimelapseDialog</name>
    <message>
        <source>Export time-lapse</source>
        <translation>تصدير تسلسل زمني مصوَّر</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>A frame for each date a claim changed something</source>
        <translation>صورة لكل تاريخ غيّر فيه ادعاءٌ شيئًا</translation>
    </message>
    <message>
        <source>A frame every</source>
        <translation>صورة كل</translation>
    </message>
    <message>
        <source> days</source>
        <translation> أيام</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>Idleb (home view)</source>
        <translation>إدلب (العرض الأساسي)</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>العرض الحالي</translation>
    </message>
    <message>
        <source>A named place</source>
        <translation>مكان محدد بالاسم</translation>
    </message>
    <message>
        <source>A bounding box</source>
        <translation>إطار إحداثيات</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Also an animated GIF of the frames (%1)</source>
        <translation>إنشاء ملف GIF متحرك من الصور أيضًا (%1)</translation>
    </message>
    <message>
        <source>The GIF is made by ffmpeg, which is not installed</source>
        <translation>يُنشئ برنامج ffmpeg ملف GIF، لكنه غير مثبَّت</translation>
    </message>
    <message>
        <source>Made by %1 from the frames</source>
        <translation>يُنشئه %1 من الصور</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>الصور:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source> day</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>اليوم الأول يقع بعد اليوم الأخير.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Place name, e.g. Saraqeb</source>
        <translation>اسم المكان، مثل سراقب</translation>
    </message>
    <message>
        <source>minlon,minlat,maxlon,maxlat</source>
        <translation>minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>مجلد الصور</translation>
    </message>
    <message>
        <source>The map and the articles are not loaded yet</source>
        <translation>لم تُحمَّل الخريطة والمقالات بعدُ</translation>
    </message>
    <message>
        <source>The first day is after the last</source>
        <translation>اليوم الأول يقع بعد اليوم الأخير</translation>
    </message>
    <message>
        <source>Choose a folder for the frames</source>
        <translation>اختر مجلدًا للصور</translation>
    </message>
    <message>
        <source>%1 holds frames of a longer time-lapse (%2): choose another folder or empty it</source>
        <translation>يضم %1 صورًا من تسلسل زمني أطول (%2): اختر مجلدًا آخر أو أفرغه</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n frame(s) in %1…</source>
        <translation>
            <numerusform>لا صور للكتابة في %1…</numerusform>
            <numerusform>جارٍ كتابة صورة واحدة في %1…</numerusform>
            <numerusform>جارٍ كتابة صورتين في %1…</numerusform>
            <numerusform>جارٍ كتابة %n صور في %1…</numerusform>
            <numerusform>جارٍ كتابة %n صورة في %1…</numerusform>
            <numerusform>جارٍ كتابة %n صورة في %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the GIF…</source>
        <translation>جارٍ إنشاء ملف GIF…</translation>
    </message>
    <message>
        <source>Frame %1 of %2…</source>
        <translation>الصورة %1 من %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written in %1</source>
        <translation>
            <numerusform>لم تُكتب أي صورة في %1</numerusform>
            <numerusform>كُتبت صورة واحدة في %1</numerusform>
            <numerusform>كُتبت صورتان في %1</numerusform>
            <numerusform>كُتبت %n صور في %1</numerusform>
            <numerusform>كُتبت %n صورة في %1</numerusform>
            <numerusform>كُتبت %n صورة في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>GIF: %1</source>
        <translation>ملف GIF: %1</translation>
    </message>
    <message>
        <source>No GIF: %1</source>
        <translation>لم يُنشأ ملف GIF: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n frame(s) written in %1, each whole; the frame under way was not written.</source>
        <translation>
            <numerusform>أُلغي التصدير: لم تُكتب أي صورة في %1، ولم تُكتب الصورة التي كانت قيد الإنشاء.</numerusform>
            <numerusform>أُلغي التصدير: كُتبت صورة واحدة كاملة في %1، ولم تُكتب الصورة التي كانت قيد الإنشاء.</numerusform>
            <numerusform>أُلغي التصدير: كُتبت صورتان كاملتان في %1، ولم تُكتب الصورة التي كانت قيد الإنشاء.</numerusform>
            <numerusform>أُلغي التصدير: كُتبت %n صور في %1، كلٌّ منها كاملة، ولم تُكتب الصورة التي كانت قيد الإنشاء.</numerusform>
            <numerusform>أُلغي التصدير: كُتبت %n صورة في %1، كلٌّ منها كاملة، ولم تُكتب الصورة التي كانت قيد الإنشاء.</numerusform>
            <numerusform>أُلغي التصدير: كُتبت %n صورة في %1، كلٌّ منها كاملة، ولم تُكتب الصورة التي كانت قيد الإنشاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: %1</source>
        <translation>لم يُكتب أي شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>Frame %1 of %2 failed: %3; %n frame(s) before it written in %4</source>
        <translation>
            <numerusform>فشلت الصورة %1 من %2: %3؛ ولم تُكتب قبلها أي صورة في %4</numerusform>
            <numerusform>فشلت الصورة %1 من %2: %3؛ كُتبت قبلها صورة واحدة في %4</numerusform>
            <numerusform>فشلت الصورة %1 من %2: %3؛ كُتبت قبلها صورتان في %4</numerusform>
            <numerusform>فشلت الصورة %1 من %2: %3؛ كُتبت قبلها %n صور في %4</numerusform>
            <numerusform>فشلت الصورة %1 من %2: %3؛ كُتبت قبلها %n صورة في %4</numerusform>
            <numerusform>فشلت الصورة %1 من %2: %3؛ كُتبت قبلها %n صورة في %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Previous change (Page Up)</source>
        <translation>التغيير السابق (Page Up)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <source>Next change (Page Down)</source>
        <translation>التغيير التالي (Page Down)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <source>Changes on this date</source>
        <translation>التغييرات في هذا التاريخ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play through the changes</source>
        <translation>عرض التغييرات تباعًا</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>No dated claims</source>
        <translation>لا ادعاءات مؤرَّخة</translation>
    </message>
    <message>
        <source>No change on %1</source>
        <translation>لا تغيير في %1</translation>
    </message>
    <message>
        <source>Changes on %1:
%2</source>
        <translation>التغييرات في %1:
%2</translation>
    </message>
</context>
<context>
    <name>geo::AnnotationSuggester</name>
    <message>
        <source>road name &apos;%1&apos;</source>
        <translation>اسم طريق «%1»</translation>
    </message>
    <message>
        <source>border phrase &apos;%1&apos;</source>
        <translation>عبارة تدل على الحدود «%1»</translation>
    </message>
    <message>
        <source>country name &apos;%1&apos;</source>
        <translation>اسم بلد «%1»</translation>
    </message>
    <message>
        <source>gazetteer name &apos;%1&apos; (%2)</source>
        <translation>اسم في المعجم الجغرافي «%1» (%2)</translation>
    </message>
    <message>
        <source>, after the prefix &apos;%1&apos;</source>
        <translation>، بعد السابقة «%1»</translation>
    </message>
    <message>
        <source>; %1 places bear this name, the key town or the one nearest Idleb first</source>
        <translation>؛ يحمل هذا الاسم %1 أماكن، وتأتي أولًا البلدة الرئيسية أو الأقرب إلى إدلب</translation>
    </message>
    <message>
        <source>actor alias &apos;%1&apos;</source>
        <translation>اسم آخر للجهة الفاعلة «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before a governorate seat</source>
        <translation>«%1» قبل مركز محافظة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; after a governorate seat</source>
        <translation>«%1» بعد مركز محافظة</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; names the province</source>
        <translation>«%1 %2» تعني المحافظة</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>post number %1</source>
        <translation>النقطة رقم %1</translation>
    </message>
    <message>
        <source>post named &apos;%1&apos;</source>
        <translation>النقطة المسماة «%1»</translation>
    </message>
    <message>
        <source>post named like &apos;%1&apos;</source>
        <translation>نقطة باسم قريب من «%1»</translation>
    </message>
    <message>
        <source>post at %1 (%2)</source>
        <translation>النقطة في %1 (%2)</translation>
    </message>
    <message>
        <source>observation post phrase &apos;%1&apos;, %2</source>
        <translation>عبارة تدل على نقطة مراقبة «%1»، %2</translation>
    </message>
    <message>
        <source>number word</source>
        <translation>عدد مكتوب بالحروف</translation>
    </message>
    <message>
        <source>%1 and what it counts: &apos;%2&apos;</source>
        <translation>%1 وما يعدّه: «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names who holds the place</source>
        <translation>«%1» تذكر من يسيطر على المكان</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; (%2)</source>
        <translation>قرينة «%1» (%2)</translation>
    </message>
    <message>
        <source>, actor &apos;%1&apos;</source>
        <translation>، الجهة الفاعلة «%1»</translation>
    </message>
    <message>
        <source>, no actor named: the cue implies the %1 side</source>
        <translation>، لم تُذكر أي جهة فاعلة: القرينة توحي بالجانب %1</translation>
    </message>
    <message>
        <source>, &apos;%1&apos; taken as %2 of an earlier sentence</source>
        <translation>، «%1» فُهمت على أنها %2 من جملة سابقة</translation>
    </message>
    <message>
        <source>the town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>, place &apos;%1&apos;</source>
        <translation>، المكان «%1»</translation>
    </message>
    <message>
        <source>, attributed to &apos;%1&apos;</source>
        <translation>، منسوب إلى «%1»</translation>
    </message>
    <message>
        <source>, place &apos;%1&apos;, listed with &apos;%2&apos;</source>
        <translation>، المكان «%1»، مذكور مع «%2»</translation>
    </message>
    <message>
        <source>The text is empty: paste or open the text of a dispatch.</source>
        <translation>النص فارغ: الصق نص برقية أو افتحه.</translation>
    </message>
    <message>
        <source>This is not text (%1 of its first %2 characters are control or undecodable characters): open the dispatch as plain text.</source>
        <translation>هذا ليس نصًّا (%1 من أول %2 محرفًا فيه محارف تحكم أو محارف يتعذر فك ترميزها): افتح البرقية نصًّا عاديًّا.</translation>
    </message>
    <message>
        <source>The text is in no language Frontline reads: suggestions are made for French, English and Arabic texts.</source>
        <translation>النص ليس بلغة يقرؤها Frontline: تُقدَّم الاقتراحات للنصوص الفرنسية والإنجليزية والعربية.</translation>
    </message>
    <message>
        <source>Language &quot;%1&quot; is not one Frontline suggests annotations for: use fr, en or ar.</source>
        <translation>لا يقترح Frontline تعليقات للغة «%1»: استخدم fr أو en أو ar.</translation>
    </message>
    <message>
        <source>; &apos;%1&apos;: %2</source>
        <translation>؛ «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on &apos;%2&apos; names the province</source>
        <translation>«%1» مع «%2» تعني المحافظة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, named before</source>
        <translation>«%1» تعني %2، المذكورة من قبل</translation>
    </message>
    <message>
        <source>nationality adjective &apos;%1&apos; on a word of %2</source>
        <translation>صفة الجنسية «%1» على كلمة تدل على %2</translation>
    </message>
    <message>
        <source>the state</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>forces</source>
        <translation>القوات</translation>
    </message>
    <message>
        <source>, no actor named: the %1 side of the earlier claim on the place</source>
        <translation>، لم تُذكر أي جهة فاعلة: الجانب %1 في الادعاء السابق بشأن المكان</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>سيطرة</translation>
    </message>
    <message>
        <source>retake</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>control</source>
        <translation>تحكّم</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>انسحاب</translation>
    </message>
    <message>
        <source>lose</source>
        <translation>خسارة</translation>
    </message>
    <message>
        <source>government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>المعارضة</translation>
    </message>
    <message>
        <source>hts</source>
        <translation>هيئة تحرير الشام</translation>
    </message>
    <message>
        <source>turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>post set up</source>
        <translation>إنشاء نقطة</translation>
    </message>
    <message>
        <source>post encircled</source>
        <translation>تطويق نقطة</translation>
    </message>
    <message>
        <source>post withdrawn</source>
        <translation>إخلاء نقطة</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
</context>
<context>
    <name>geo::ArticleReader</name>
    <message>
        <source>&quot;%1&quot; is new in format %2, and this file declares &quot;%3&quot;; write &quot;frontline&quot;: &quot;%2&quot; at the top of the file</source>
        <translation>«%1» جديد في الصيغة %2، وهذا الملف يعلن &quot;%3&quot;؛ اكتب &quot;frontline&quot;: &quot;%2&quot; في أعلى الملف</translation>
    </message>
    <message>
        <source>a place id (a key-town key such as &quot;saraqib&quot;, &quot;osm:node/...&quot;, or a &quot;local:...&quot; place of the article&apos;s &quot;entities&quot;)</source>
        <translation>معرّف مكان (مفتاح بلدة رئيسية مثل &quot;saraqib&quot;، أو &quot;osm:node/...&quot;، أو مكان &quot;local:...&quot; من &quot;entities&quot; في المقال)</translation>
    </message>
    <message>
        <source>a &quot;local:...&quot; entity of the article&apos;s &quot;entities&quot; (the event&apos;s name)</source>
        <translation>كيان &quot;local:...&quot; من &quot;entities&quot; في المقال (اسم الحدث)</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>add &quot;frontline&quot;: &quot;%1&quot; next to &quot;type&quot; to declare the format</source>
        <translation>أضف &quot;frontline&quot;: &quot;%1&quot; بجانب &quot;type&quot; للتصريح بالصيغة</translation>
    </message>
    <message>
        <source>unsupported format version &quot;%1&quot;; this version of Frontline reads %2</source>
        <translation>إصدار الصيغة &quot;%1&quot; غير مدعوم؛ هذا الإصدار من Frontline يقرأ %2</translation>
    </message>
    <message>
        <source>the article (id, title, publisher, published, language, kind, text) goes in an &quot;article&quot; object at the top level</source>
        <translation>يوضع المقال (id وtitle وpublisher وpublished وlanguage وkind وtext) في كائن &quot;article&quot; في المستوى الأعلى</translation>
    </message>
    <message>
        <source>&quot;article&quot; must be an object, not %1</source>
        <translation>يجب أن يكون &quot;article&quot; كائنًا، لا %1</translation>
    </message>
    <message>
        <source>article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>article member</source>
        <translation>عضو المقال</translation>
    </message>
    <message>
        <source>give the article a stable id such as &quot;afp-2020-02-08-saraqeb&quot;</source>
        <translation>أعطِ المقال معرّفًا ثابتًا مثل &quot;afp-2020-02-08-saraqeb&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; holds control characters (shown as \x.. or \u....), which a terminal or a list would act on; write the id in plain letters, digits and hyphens</source>
        <translation>يحوي &quot;id&quot; &quot;%1&quot; محارف تحكم (تظهر بصيغة \x.. أو \u....) قد تتصرف بناءً عليها طرفية أو قائمة؛ اكتب المعرّف بحروف لاتينية بسيطة وأرقام وشرطات</translation>
    </message>
    <message>
        <source>name the publisher, e.g. &quot;AFP&quot;</source>
        <translation>اذكر الناشر، مثل &quot;AFP&quot;</translation>
    </message>
    <message>
        <source>the full plain text of the article goes here</source>
        <translation>يوضع هنا النص الكامل للمقال بلا تنسيق</translation>
    </message>
    <message>
        <source>write the publication day as YYYY-MM-DD</source>
        <translation>اكتب يوم النشر بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;published&quot;: %1; write the publication day as YYYY-MM-DD</source>
        <translation>&quot;published&quot;: %1؛ اكتب يوم النشر بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;published&quot; &quot;%1&quot; is a month, which is new in format %2, and this file declares &quot;%3&quot;; write &quot;frontline&quot;: &quot;%2&quot; at the top of the file, or the day as YYYY-MM-DD</source>
        <translation>&quot;published&quot; &quot;%1&quot; شهر، وهذا جديد في الصيغة %2، وهذا الملف يعلن &quot;%3&quot;؛ اكتب &quot;frontline&quot;: &quot;%2&quot; في أعلى الملف، أو اكتب اليوم بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;published&quot; must be one day (YYYY-MM-DD), or (format 1.1) a month (YYYY-MM) when only the month is known, not &quot;%1&quot;</source>
        <translation>يجب أن يكون &quot;published&quot; يومًا واحدًا (YYYY-MM-DD)، أو (الصيغة 1.1) شهرًا (YYYY-MM) حين لا يُعرف إلا الشهر، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the language as a BCP 47 tag such as &quot;fr&quot;</source>
        <translation>اذكر اللغة بوسم BCP 47 مثل &quot;fr&quot;</translation>
    </message>
    <message>
        <source>&quot;language&quot; &quot;%1&quot; is not a BCP 47 tag; write &quot;fr&quot;, &quot;en&quot;, &quot;ar&quot;...</source>
        <translation>&quot;language&quot; &quot;%1&quot; ليس وسم BCP 47؛ اكتب &quot;fr&quot; أو &quot;en&quot; أو &quot;ar&quot;…</translation>
    </message>
    <message>
        <source>&quot;url&quot; &quot;%1&quot; is not an http(s) address; give the page&apos;s address or leave it empty and say why in &quot;notes&quot;</source>
        <translation>&quot;url&quot; &quot;%1&quot; ليس عنوان http(s)؛ اذكر عنوان الصفحة، أو اتركه فارغًا واذكر السبب في &quot;notes&quot;</translation>
    </message>
    <message>
        <source>no &quot;url&quot;: give the address the text was taken from, or say in &quot;notes&quot; why there is none</source>
        <translation>لا يوجد &quot;url&quot;: اذكر العنوان الذي أُخذ منه النص، أو بيّن في &quot;notes&quot; سبب عدم وجوده</translation>
    </message>
    <message>
        <source>give its names by language, e.g. &quot;names&quot;: {&quot;en&quot;: &quot;Moscow&quot;, &quot;fr&quot;: &quot;Moscou&quot;}</source>
        <translation>اذكر أسماءه حسب اللغة، مثل &quot;names&quot;: {&quot;en&quot;: &quot;Moscow&quot;, &quot;fr&quot;: &quot;Moscou&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag; write &quot;fr&quot;, &quot;en&quot;, &quot;ar&quot;...</source>
        <translation>&quot;%1&quot; ليس وسم لغة BCP 47؛ اكتب &quot;fr&quot; أو &quot;en&quot; أو &quot;ar&quot;…</translation>
    </message>
    <message>
        <source>write the name, or leave the language out</source>
        <translation>اكتب الاسم، أو احذف اللغة</translation>
    </message>
    <message>
        <source>&quot;names&quot; is empty; give at least one name, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>&quot;names&quot; فارغ؛ اذكر اسمًا واحدًا على الأقل، مثل {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>الكيان %1</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;</source>
        <translation>الكيان &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entity must be an object with &quot;id&quot;, &quot;kind&quot; and &quot;names&quot;, not %1</source>
        <translation>يجب أن يكون الكيان كائنًا فيه &quot;id&quot; و&quot;kind&quot; و&quot;names&quot;، لا %1</translation>
    </message>
    <message>
        <source>entity member</source>
        <translation>عضو الكيان</translation>
    </message>
    <message>
        <source>give it an id such as &quot;local:moscow&quot;</source>
        <translation>أعطه معرّفًا مثل &quot;local:moscow&quot;</translation>
    </message>
    <message>
        <source>entity id &quot;%1&quot; must be &quot;local:&quot; followed by lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, e.g. &quot;local:moscow&quot;</source>
        <translation>يجب أن يكون معرّف الكيان &quot;%1&quot; على شكل &quot;local:&quot; تليها حروف لاتينية صغيرة أو أرقام أو &quot;.&quot; أو &quot;_&quot; أو &quot;-&quot;، مثل &quot;local:moscow&quot;</translation>
    </message>
    <message>
        <source>duplicate entity id &quot;%1&quot;</source>
        <translation>معرّف الكيان &quot;%1&quot; مكرر</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>استخدم أحد %1</translation>
    </message>
    <message>
        <source>an actor goes in the top-level &quot;actors&quot; list (with its kind, role and side), and annotations point at it as &quot;actor:&lt;id&gt;&quot;; &quot;entities&quot; holds places and other named things</source>
        <translation>توضع الجهة الفاعلة في قائمة &quot;actors&quot; في المستوى الأعلى (مع نوعها ودورها وجانبها)، وتشير إليها التعليقات بـ &quot;actor:&lt;id&gt;&quot;؛ أما &quot;entities&quot; فتضم الأماكن وسائر الأشياء المسمّاة</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of %2</source>
        <translation>النوع &quot;%1&quot; غير معروف؛ استخدم أحد %2</translation>
    </message>
    <message>
        <source>&quot;point&quot; must be [longitude, latitude], two numbers in degrees</source>
        <translation>يجب أن يكون &quot;point&quot; على شكل [خط الطول، خط العرض]، عددين بالدرجات</translation>
    </message>
    <message>
        <source>&quot;point&quot; [%1, %2] is not a longitude and latitude in degrees (longitude -180 to 180 first, then latitude -90 to 90)</source>
        <translation>&quot;point&quot; [%1, %2] ليس خط طول وخط عرض بالدرجات (خط الطول أولًا من ‎-180 إلى 180، ثم خط العرض من ‎-90 إلى 90)</translation>
    </message>
    <message>
        <source>only a place has a &quot;point&quot;</source>
        <translation>لا يكون &quot;point&quot; إلا لمكان</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>الجهة الفاعلة %1</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot;</source>
        <translation>الجهة الفاعلة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an actor must be an object with &quot;id&quot;, &quot;kind&quot; and &quot;names&quot;, not %1</source>
        <translation>يجب أن تكون الجهة الفاعلة كائنًا فيه &quot;id&quot; و&quot;kind&quot; و&quot;names&quot;، لا %1</translation>
    </message>
    <message>
        <source>actor member</source>
        <translation>عضو الجهة الفاعلة</translation>
    </message>
    <message>
        <source>give it an id such as &quot;reuters&quot;</source>
        <translation>أعطه معرّفًا مثل &quot;reuters&quot;</translation>
    </message>
    <message>
        <source>write the id without &quot;actor:&quot; (&quot;%1&quot;), as in actors.json; annotations add &quot;actor:&quot;</source>
        <translation>اكتب المعرّف دون &quot;actor:&quot; (&quot;%1&quot;)، كما في actors.json؛ فالتعليقات تضيف &quot;actor:&quot;</translation>
    </message>
    <message>
        <source>actor id &quot;%1&quot; must be lower-case letters, digits and hyphens, e.g. &quot;reuters&quot;</source>
        <translation>يجب أن يتكون معرّف الجهة الفاعلة &quot;%1&quot; من حروف لاتينية صغيرة وأرقام وشرطات، مثل &quot;reuters&quot;</translation>
    </message>
    <message>
        <source>duplicate actor id &quot;%1&quot;</source>
        <translation>معرّف الجهة الفاعلة &quot;%1&quot; مكرر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already an actor of actors.json; point at it as &quot;%2&quot; without defining it here</source>
        <translation>&quot;%1&quot; جهة فاعلة موجودة في actors.json؛ أشر إليه بـ &quot;%2&quot; دون تعريفه هنا</translation>
    </message>
    <message>
        <source>date it: YYYY-MM-DD, YYYY-MM, FROM/TO, or (format 1.1) YYYY, a date followed by &quot;~&quot; (about) or preceded by &quot;../&quot; (on or before)</source>
        <translation>أرّخه: YYYY-MM-DD أو YYYY-MM أو FROM/TO، أو (الصيغة 1.1) YYYY، أو تاريخًا يليه &quot;~&quot; (تقريبًا) أو يسبقه &quot;../&quot; (في ذلك اليوم أو قبله)</translation>
    </message>
    <message>
        <source>&quot;event_date&quot;: %1</source>
        <translation>&quot;event_date&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;event_date&quot; &quot;%1&quot; is written in a form new in format %2 (a year, &quot;~&quot; or &quot;../&quot;), and this file declares &quot;%3&quot;; write &quot;frontline&quot;: &quot;%2&quot; at the top of the file</source>
        <translation>&quot;event_date&quot; &quot;%1&quot; مكتوب بشكل جديد في الصيغة %2 (سنة، أو &quot;~&quot;، أو &quot;../&quot;)، وهذا الملف يعلن &quot;%3&quot;؛ اكتب &quot;frontline&quot;: &quot;%2&quot; في أعلى الملف</translation>
    </message>
    <message>
        <source>1 day, 2 week, 3 month</source>
        <translation>1 يوم، 2 أسبوع، 3 شهر</translation>
    </message>
    <message>
        <source>1 place, 2 near it, 3 region</source>
        <translation>1 المكان، 2 قربه، 3 المنطقة</translation>
    </message>
    <message>
        <source>&quot;time_precision&quot; 1 (an exact day) contradicts &quot;event_date&quot; &quot;%1&quot;, which spans several days; use 2 (week) or 3 (month)</source>
        <translation>&quot;time_precision&quot; 1 (يوم محدد) يناقض &quot;event_date&quot; &quot;%1&quot; الذي يمتد عدة أيام؛ استخدم 2 (أسبوع) أو 3 (شهر)</translation>
    </message>
    <message>
        <source>&quot;time_precision&quot; 1 (an exact day) contradicts &quot;event_date&quot; &quot;%1&quot;, which is %2; use 2 (week) or 3 (month), or leave it out</source>
        <translation>&quot;time_precision&quot; 1 (يوم محدد) يناقض &quot;event_date&quot; &quot;%1&quot; وهو %2؛ استخدم 2 (أسبوع) أو 3 (شهر)، أو احذفه</translation>
    </message>
    <message>
        <source>approximate (~)</source>
        <translation>تقريبي (~)</translation>
    </message>
    <message>
        <source>open (../)</source>
        <translation>مفتوح (../)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;: not in the bundled areas or posts</source>
        <translation>%1 &quot;%2&quot; غير معروف: ليس من المناطق أو النقاط المرفقة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; must be %3%4</source>
        <translation>يجب أن يكون &quot;%1&quot; &quot;%2&quot; %3%4</translation>
    </message>
    <message>
        <source>, an &quot;area:...&quot; or a &quot;post:...&quot;</source>
        <translation>، أو &quot;area:...&quot;، أو &quot;post:...&quot;</translation>
    </message>
    <message>
        <source>unknown local entity &quot;%1&quot;: define it in the top-level &quot;entities&quot;</source>
        <translation>الكيان المحلي &quot;%1&quot; غير معروف: عرّفه في &quot;entities&quot; في المستوى الأعلى</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an entity of kind &quot;other&quot;, not a place</source>
        <translation>&quot;%1&quot; كيان من النوع &quot;other&quot;، وليس مكانًا</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;: not in the gazetteer; use a known place id, or define it in the top-level &quot;entities&quot; as &quot;local:...&quot; (format 1.1)</source>
        <translation>المكان &quot;%1&quot; غير معروف: ليس في المعجم الجغرافي؛ استخدم معرّف مكان معروفًا، أو عرّفه في &quot;entities&quot; في المستوى الأعلى بصيغة &quot;local:...&quot; (الصيغة 1.1)</translation>
    </message>
    <message>
        <source>say what the words refer to (a place id, &quot;road:M5&quot;, &quot;post:7&quot;, &quot;area:SY07&quot;, &quot;border:SY-TR&quot;, &quot;actor:sana&quot;, &quot;local:...&quot;)</source>
        <translation>اذكر ما تشير إليه الكلمات (معرّف مكان، &quot;road:M5&quot;، &quot;post:7&quot;، &quot;area:SY07&quot;، &quot;border:SY-TR&quot;، &quot;actor:sana&quot;، &quot;local:...&quot;)</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; does not fit kind &quot;%2&quot;; it needs %3</source>
        <translation>الكيان &quot;%1&quot; لا يناسب النوع &quot;%2&quot;؛ المطلوب %3</translation>
    </message>
    <message>
        <source>unknown local entity &quot;%1&quot;: define it in the top-level &quot;entities&quot; (format 1.1)</source>
        <translation>الكيان المحلي &quot;%1&quot; غير معروف: عرّفه في &quot;entities&quot; في المستوى الأعلى (الصيغة 1.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an entity of kind &quot;other&quot;; a place annotation points at a place</source>
        <translation>&quot;%1&quot; كيان من النوع &quot;other&quot;؛ وتعليق المكان يشير إلى مكان</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;: not in the gazetteer, roads, posts, areas, borders or actors; use a known id (see docs/article-format.md)</source>
        <translation>الكيان &quot;%1&quot; غير معروف: ليس في المعجم الجغرافي ولا في الطرق أو النقاط أو المناطق أو الحدود أو الجهات الفاعلة؛ استخدم معرّفًا معروفًا (انظر docs/article-format.md)</translation>
    </message>
    <message>
        <source>only an area claim (&quot;claim_scope&quot;: &quot;area&quot;) has &quot;area_share&quot;</source>
        <translation>لا يكون &quot;area_share&quot; إلا لادعاء يخص منطقة (&quot;claim_scope&quot;: &quot;area&quot;)</translation>
    </message>
    <message>
        <source>&quot;place&quot; &quot;%1&quot; is an area: a claim about an area says &quot;claim_scope&quot;: &quot;area&quot; (format 1.1)</source>
        <translation>&quot;place&quot; &quot;%1&quot; منطقة: الادعاء الذي يخص منطقة يذكر &quot;claim_scope&quot;: &quot;area&quot; (الصيغة 1.1)</translation>
    </message>
    <message>
        <source>name the place the claim is about by its id, e.g. &quot;saraqib&quot;</source>
        <translation>اذكر المكان الذي يخصه الادعاء بمعرّفه، مثل &quot;saraqib&quot;</translation>
    </message>
    <message>
        <source>an area claim names its area either by &quot;place&quot; or by a Polygon geometry, not both; remove one</source>
        <translation>الادعاء الذي يخص منطقة يحددها إما بـ &quot;place&quot; وإما بهندسة Polygon، لا بالاثنين؛ احذف أحدهما</translation>
    </message>
    <message>
        <source>&quot;place&quot; &quot;%1&quot; of an area claim must be a governorate or district by its OCHA pcode, e.g. &quot;area:SY07&quot; (Idleb) or &quot;area:SY0700&quot; (Idleb district)</source>
        <translation>يجب أن يكون &quot;place&quot; &quot;%1&quot; في ادعاء يخص منطقة محافظةً أو منطقةً إدارية برمزها pcode لدى OCHA، مثل &quot;area:SY07&quot; (إدلب) أو &quot;area:SY0700&quot; (منطقة إدلب)</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;: not a pcode of the bundled boundaries</source>
        <translation>المنطقة &quot;%1&quot; غير معروفة: ليست رمز pcode من الحدود المرفقة</translation>
    </message>
    <message>
        <source>an area claim needs &quot;place&quot;: &quot;area:&lt;pcode&gt;&quot; (e.g. &quot;area:SY07&quot;) or a Polygon geometry</source>
        <translation>يحتاج الادعاء الذي يخص منطقة إلى &quot;place&quot;: &quot;area:&lt;pcode&gt;&quot; (مثل &quot;area:SY07&quot;) أو هندسة Polygon</translation>
    </message>
    <message>
        <source>the percentage of the area the controller holds, 0 to 100</source>
        <translation>النسبة المئوية من المنطقة التي يسيطر عليها الطرف، من 0 إلى 100</translation>
    </message>
    <message>
        <source>&quot;area_share&quot; %1 must be a percentage above 0 and at most 100</source>
        <translation>يجب أن يكون &quot;area_share&quot; %1 نسبة مئوية أكبر من 0 ولا تزيد على 100</translation>
    </message>
    <message>
        <source>only a claim has &quot;%1&quot;</source>
        <translation>لا يكون &quot;%1&quot; إلا لادعاء</translation>
    </message>
    <message>
        <source>only an event (&quot;kind&quot;: &quot;event&quot;) has &quot;%1&quot;</source>
        <translation>لا يكون &quot;%1&quot; إلا لحدث (&quot;kind&quot;: &quot;event&quot;)</translation>
    </message>
    <message>
        <source>only a claim or an event has &quot;claimant_actor&quot;</source>
        <translation>لا يكون &quot;claimant_actor&quot; إلا لادعاء أو حدث</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an actor id such as &quot;actor:state-tv&quot;, not &quot;%2&quot;</source>
        <translation>يجب أن يكون &quot;%1&quot; معرّف جهة فاعلة مثل &quot;actor:state-tv&quot;، لا &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown actor &quot;%1&quot;: not in actors.json nor in the article&apos;s &quot;actors&quot;</source>
        <translation>الجهة الفاعلة &quot;%1&quot; غير معروفة: ليست في actors.json ولا في &quot;actors&quot; في المقال</translation>
    </message>
    <message>
        <source>unknown event_type &quot;%1&quot;; use one of ACLED&apos;s %2%3</source>
        <translation>event_type &quot;%1&quot; غير معروف؛ استخدم أحد أنواع ACLED: %2%3</translation>
    </message>
    <message>
        <source> (&quot;%1&quot; is a sub_event_type of &quot;%2&quot;)</source>
        <translation> (&quot;%1&quot; نوع فرعي sub_event_type من &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>say what happened, e.g. &quot;Agreement&quot;, &quot;Security corridor&quot;, &quot;Joint patrol&quot;, &quot;Reinforcement&quot;, &quot;Shelling/artillery/missile attack&quot;, &quot;Air/drone strike&quot;</source>
        <translation>اذكر ما حدث، مثل &quot;Agreement&quot;، &quot;Security corridor&quot;، &quot;Joint patrol&quot;، &quot;Reinforcement&quot;، &quot;Shelling/artillery/missile attack&quot;، &quot;Air/drone strike&quot;</translation>
    </message>
    <message>
        <source>sub_event_type &quot;%1&quot; is not one of &quot;%2&quot;: %3</source>
        <translation>sub_event_type &quot;%1&quot; ليس من أنواع &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>only an agreement, a corridor or another strategic development has an &quot;effective_date&quot;</source>
        <translation>لا يكون &quot;effective_date&quot; إلا لاتفاق أو ممر أو تطور استراتيجي آخر</translation>
    </message>
    <message>
        <source>&quot;effective_date&quot;: %1</source>
        <translation>&quot;effective_date&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;effective_date&quot; &quot;%1&quot; is before &quot;event_date&quot; &quot;%2&quot;: an agreement takes effect on or after the day it is made</source>
        <translation>&quot;effective_date&quot; &quot;%1&quot; يسبق &quot;event_date&quot; &quot;%2&quot;: يسري الاتفاق يوم إبرامه أو بعده</translation>
    </message>
    <message>
        <source>a corridor runs along a road: &quot;road&quot;: &quot;road:M4&quot;</source>
        <translation>يمتد الممر على طول طريق: &quot;road&quot;: &quot;road:M4&quot;</translation>
    </message>
    <message>
        <source>&quot;road&quot; must be a road id such as &quot;road:M4&quot;, not &quot;%1&quot;</source>
        <translation>يجب أن يكون &quot;road&quot; معرّف طريق مثل &quot;road:M4&quot;، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown road &quot;%1&quot;</source>
        <translation>الطريق &quot;%1&quot; غير معروف</translation>
    </message>
    <message>
        <source>give the corridor&apos;s whole width across the road in km, e.g. 12 for 6 km on each side</source>
        <translation>اذكر العرض الكامل للممر عبر الطريق بالكيلومترات، مثل 12 لـ 6 كم على كل جانب</translation>
    </message>
    <message>
        <source>only a &quot;Security corridor&quot; has &quot;width_km&quot;</source>
        <translation>لا يكون &quot;width_km&quot; إلا لـ &quot;Security corridor&quot;</translation>
    </message>
    <message>
        <source>&quot;width_km&quot; %1 must be above 0 and at most 200 (km across the road)</source>
        <translation>يجب أن يكون &quot;width_km&quot; %1 أكبر من 0 ولا يزيد على 200 (كم عبر الطريق)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an end of the stretch of &quot;road&quot; the event runs along; give &quot;road&quot; too</source>
        <translation>&quot;%1&quot; طرف من المقطع الذي يمتد عليه الحدث من &quot;road&quot;؛ اذكر &quot;road&quot; أيضًا</translation>
    </message>
    <message>
        <source>say where it happened: &quot;place&quot; (a place id, &quot;local:...&quot;, &quot;area:...&quot; or &quot;post:...&quot;) or a geometry</source>
        <translation>اذكر أين حدث: &quot;place&quot; (معرّف مكان، أو &quot;local:...&quot;، أو &quot;area:...&quot;، أو &quot;post:...&quot;) أو هندسة</translation>
    </message>
    <message>
        <source>kind &quot;event&quot; is new in format %1, and this file declares &quot;%2&quot;; write &quot;frontline&quot;: &quot;%1&quot; at the top of the file</source>
        <translation>النوع &quot;event&quot; جديد في الصيغة %1، وهذا الملف يعلن &quot;%2&quot;؛ اكتب &quot;frontline&quot;: &quot;%1&quot; في أعلى الملف</translation>
    </message>
    <message>
        <source>give the exact words of the text</source>
        <translation>اذكر كلمات النص بحرفها</translation>
    </message>
    <message>
        <source>code points from the start of the text</source>
        <translation>عدد نقاط الترميز من بداية النص</translation>
    </message>
    <message>
        <source>give both &quot;start&quot; and &quot;end&quot;, or neither</source>
        <translation>اذكر &quot;start&quot; و&quot;end&quot; معًا، أو لا تذكر أيًّا منهما</translation>
    </message>
    <message>
        <source>&quot;start&quot; %1 is after &quot;end&quot; %2</source>
        <translation>&quot;start&quot; %1 يقع بعد &quot;end&quot; %2</translation>
    </message>
    <message>
        <source>give the figure as a number, e.g. 350</source>
        <translation>اذكر الرقم عددًا، مثل 350</translation>
    </message>
    <message>
        <source>say what the figure counts, e.g. &quot;vehicles&quot;</source>
        <translation>اذكر ما يعدّه الرقم، مثل &quot;vehicles&quot;</translation>
    </message>
    <message>
        <source>unknown sub_event_type &quot;%1&quot; for a post; use one of %2</source>
        <translation>sub_event_type &quot;%1&quot; غير معروف لنقطة مراقبة؛ استخدم أحد %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an &quot;event_date&quot;: say when it happened</source>
        <translation>يحتاج &quot;%1&quot; إلى &quot;event_date&quot;: اذكر متى حدث</translation>
    </message>
    <message>
        <source>say who makes the claim, e.g. &quot;state TV&quot;</source>
        <translation>اذكر من يطلق الادعاء، مثل &quot;state TV&quot;</translation>
    </message>
    <message>
        <source>unknown origin &quot;%1&quot;; use &quot;suggested&quot; (proposed by the tool, not checked by a person) or &quot;accepted&quot; (proposed by the tool and accepted by a person), or leave &quot;origin&quot; out for an annotation written by a person</source>
        <translation>الأصل &quot;%1&quot; غير معروف؛ استخدم &quot;suggested&quot; (اقترحته الأداة ولم يراجعه شخص) أو &quot;accepted&quot; (اقترحته الأداة وقبله شخص)، أو احذف &quot;origin&quot; لتعليق كتبه شخص</translation>
    </message>
    <message>
        <source>GDAL&apos;s GeoJSON driver cannot read the file (%1); keep &quot;type&quot;: &quot;FeatureCollection&quot; and &quot;frontline&quot; before &quot;article&quot;, at the start of the file, where GDAL looks for them</source>
        <translation>لا يستطيع مشغّل GeoJSON في GDAL قراءة الملف (%1)؛ أبقِ &quot;type&quot;: &quot;FeatureCollection&quot; و&quot;frontline&quot; قبل &quot;article&quot; في بداية الملف، حيث يبحث عنهما GDAL</translation>
    </message>
    <message>
        <source>GDAL reads the file with its %1 driver, not as one GeoJSON FeatureCollection; write a single FeatureCollection</source>
        <translation>يقرأ GDAL الملف بمشغّله %1، لا بوصفه FeatureCollection واحدة بصيغة GeoJSON؛ اكتب FeatureCollection واحدة</translation>
    </message>
    <message>
        <source>GDAL does not pass the &quot;%1&quot; member on as written; check its JSON</source>
        <translation>لا يمرّر GDAL العضو &quot;%1&quot; كما كُتب؛ تحقق من JSON الخاص به</translation>
    </message>
    <message>
        <source>GDAL reads %1 features where the JSON has %2; check the features array</source>
        <translation>يقرأ GDAL %1 من العناصر حيث يحوي JSON %2؛ تحقق من مصفوفة features</translation>
    </message>
    <message>
        <source>OGR cannot read this geometry; write a GeoJSON geometry object</source>
        <translation>لا يستطيع OGR قراءة هذه الهندسة؛ اكتب كائن هندسة بصيغة GeoJSON</translation>
    </message>
    <message>
        <source>&quot;geometry&quot; must be null or a GeoJSON geometry object with &quot;type&quot; one of %1, not %2</source>
        <translation>يجب أن يكون &quot;geometry&quot; إما null وإما كائن هندسة GeoJSON نوعه &quot;type&quot; أحد %1، لا %2</translation>
    </message>
    <message>
        <source>this %1 has no coordinates GDAL can read; write &quot;coordinates&quot; as RFC 7946 says, or &quot;geometry&quot;: null</source>
        <translation>لا يحوي هذا الـ %1 إحداثيات يستطيع GDAL قراءتها؛ اكتب &quot;coordinates&quot; كما تنص RFC 7946، أو &quot;geometry&quot;: null</translation>
    </message>
    <message>
        <source>%1 vertices, over the limit of %2 for an annotation; simplify the geometry</source>
        <translation>%1 رأسًا، وهذا يتجاوز الحد البالغ %2 للتعليق الواحد؛ بسّط الهندسة</translation>
    </message>
    <message>
        <source>coordinate [%1, %2] is not a longitude and latitude in degrees (RFC 7946: longitude -180 to 180 first, then latitude -90 to 90)</source>
        <translation>الإحداثية [%1, %2] ليست خط طول وخط عرض بالدرجات (RFC 7946: خط الطول أولًا من ‎-180 إلى 180، ثم خط العرض من ‎-90 إلى 90)</translation>
    </message>
    <message>
        <source>a &quot;crs&quot; member, which RFC 7946 removed: article coordinates are longitude and latitude in degrees (WGS 84) and no other CRS is read; remove &quot;crs&quot; and give the coordinates in degrees</source>
        <translation>عضو &quot;crs&quot;، وقد ألغته RFC 7946: إحداثيات المقال خط طول وخط عرض بالدرجات (WGS 84) ولا يُقرأ أي نظام إحداثيات آخر؛ احذف &quot;crs&quot; واذكر الإحداثيات بالدرجات</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>is a folder, not an article file; give the path of an article file (.geojson) in it</source>
        <translation>مجلد وليس ملف مقال؛ اذكر مسار ملف مقال (.geojson) داخله</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a socket or a device); save the article to a file and give that file&apos;s path</source>
        <translation>ليس ملفًا عاديًّا (أنبوب أو مقبس أو جهاز)؛ احفظ المقال في ملف واذكر مسار ذلك الملف</translation>
    </message>
    <message>
        <source>cannot read the file (%1); %2</source>
        <translation>تتعذر قراءة الملف (%1)؛ %2</translation>
    </message>
    <message>
        <source>check that you may read it and the folders it is in (permission denied?)</source>
        <translation>تحقق من أن لديك إذن قراءته وقراءة المجلدات التي تحويه (الإذن مرفوض؟)</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>تحقق من المسار</translation>
    </message>
    <message>
        <source>the file is %1, over the limit of %2 for an article; an article file holds one text and its annotations, so check that this is the right file</source>
        <translation>حجم الملف %1، وهذا يتجاوز الحد البالغ %2 للمقال؛ ملف المقال يحوي نصًّا واحدًا وتعليقاته، فتحقق من أنه الملف الصحيح</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>خطأ في القراءة (%1)</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 for an article; an article file holds one text and its annotations, so check that this is the right file</source>
        <translation>الملف يتجاوز الحد البالغ %1 للمقال؛ ملف المقال يحوي نصًّا واحدًا وتعليقاته، فتحقق من أنه الملف الصحيح</translation>
    </message>
    <message>
        <source>the article is %1, over the limit of %2 for an article</source>
        <translation>حجم المقال %1، وهذا يتجاوز الحد البالغ %2 للمقال</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (0x00) here, which JSON text never does: this is a binary file, or text saved as UTF-16; save the article as UTF-8 text, or write the character as \u0000 if it belongs in a string</source>
        <translation>يحوي الملف هنا بايتًا NUL ‏(0x00)، وهو ما لا يحويه نص JSON أبدًا: هذا ملف ثنائي، أو نص محفوظ بترميز UTF-16؛ احفظ المقال نصًّا بترميز UTF-8، أو اكتب المحرف بصيغة \u0000 إن كان جزءًا من سلسلة</translation>
    </message>
    <message>
        <source>JSON nested more than %1 levels deep here; an article is a few levels deep, so check that this is an article file</source>
        <translation>JSON متداخل هنا لأكثر من %1 مستوى؛ المقال لا يتجاوز بضعة مستويات، فتحقق من أنه ملف مقال</translation>
    </message>
    <message>
        <source>not JSON: %1 here; an article file is a GeoJSON FeatureCollection (JSON text), fix its syntax</source>
        <translation>ليس JSON: %1 هنا؛ ملف المقال FeatureCollection بصيغة GeoJSON (نص JSON)، فأصلح صياغته</translation>
    </message>
    <message>
        <source>its &quot;type&quot; is %1</source>
        <translation>نوعه &quot;type&quot; هو %1</translation>
    </message>
    <message>
        <source>the top level is an array</source>
        <translation>المستوى الأعلى مصفوفة</translation>
    </message>
    <message>
        <source>JSON, but not a GeoJSON FeatureCollection (%1); an article file is one {&quot;type&quot;: &quot;FeatureCollection&quot;, ...}</source>
        <translation>JSON، لكنه ليس FeatureCollection بصيغة GeoJSON ‏(%1)؛ ملف المقال كائن واحد {&quot;type&quot;: &quot;FeatureCollection&quot;, ...}</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be an array of annotations, not %1</source>
        <translation>يجب أن يكون &quot;features&quot; مصفوفة تعليقات، لا %1</translation>
    </message>
    <message>
        <source>feature %1 must be a GeoJSON Feature object, not %2</source>
        <translation>يجب أن يكون العنصر %1 كائن Feature بصيغة GeoJSON، لا %2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>annotation &quot;%1&quot;</source>
        <translation>التعليق &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;Feature&quot;</source>
        <translation>يجب أن يكون &quot;type&quot; مساويًا لـ &quot;Feature&quot;</translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; string, unique in the file (e.g. &quot;a12&quot;)</source>
        <translation>يحتاج إلى سلسلة &quot;id&quot; فريدة في الملف (مثل &quot;a12&quot;)</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; holds control characters (shown as \x.. or \u....); write the id in plain letters and digits</source>
        <translation>يحوي &quot;id&quot; &quot;%1&quot; محارف تحكم (تظهر بصيغة \x.. أو \u....)؛ اكتب المعرّف بحروف لاتينية بسيطة وأرقام</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used on line %2); ids must be unique</source>
        <translation>المعرّف &quot;%1&quot; مكرر (استُخدم أولًا في السطر %2)؛ يجب أن تكون المعرّفات فريدة</translation>
    </message>
    <message>
        <source>write &quot;geometry&quot;: null when the gazetteer locates the entity</source>
        <translation>اكتب &quot;geometry&quot;: null حين يحدد المعجم الجغرافي موقع الكيان</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object, not %1</source>
        <translation>يجب أن يكون &quot;properties&quot; كائنًا، لا %1</translation>
    </message>
    <message>
        <source>; the quote must be the exact words of the text (whitespace aside)</source>
        <translation>؛ يجب أن يكون الاقتباس كلمات النص بحرفها (باستثناء المسافات)</translation>
    </message>
    <message>
        <source>annotation &quot;%1&quot;: the quote does not anchor in the article text: %2%3</source>
        <translation>التعليق &quot;%1&quot;: الاقتباس لا يرتبط بموضع في نص المقال: %2%3</translation>
    </message>
</context>
<context>
    <name>geo::JsonMembers</name>
    <message>
        <source>a number</source>
        <translation>عددًا</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائنًا</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>: missing &quot;%1&quot;; %2</source>
        <translation>: العضو &quot;%1&quot; مفقود؛ %2</translation>
    </message>
    <message>
        <source>add it</source>
        <translation>أضفه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>يجب أن يكون &quot;%1&quot; سلسلة نصية، لا %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; %2</source>
        <translation>&quot;%1&quot; فارغ؛ %2</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>املأه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2 (%3)</source>
        <translation>يجب أن يكون &quot;%1&quot; عددًا، لا %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3 (%4), not %5 %6</source>
        <translation>يجب أن يكون &quot;%1&quot; عددًا صحيحًا من %2 إلى %3 (%4)، لا %5 %6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is out of range; give a whole number from %3 to %4 (%5)</source>
        <translation>&quot;%1&quot; %2 خارج النطاق؛ اذكر عددًا صحيحًا من %3 إلى %4 (%5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2</source>
        <translation>يجب أن يكون &quot;%1&quot; مصفوفة، لا %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2</source>
        <translation>يجب أن يكون &quot;%1&quot; كائنًا، لا %2</translation>
    </message>
    <message>
        <source>: item %1 of &quot;%2&quot; must be a non-empty string, not %3</source>
        <translation>: يجب أن يكون العنصر %1 من &quot;%2&quot; سلسلة نصية غير فارغة، لا %3</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>سلسلة فارغة</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (a misspelling?); known: %3</source>
        <translation>%1 &quot;%2&quot; غير معروف (خطأ إملائي؟)؛ المعروف: %3</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>استخدم أحد %1</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3</source>
        <translation>%1 &quot;%2&quot; غير معروف؛ استخدم أحد %3</translation>
    </message>
</context>
<context>
    <name>geo::SuggestDates</name>
    <message>
        <source>day written %1</source>
        <translation>يوم مكتوب %1</translation>
    </message>
    <message>
        <source>day and month &apos;%1&apos;</source>
        <translation>اليوم والشهر «%1»</translation>
    </message>
    <message>
        <source>part of a month &apos;%1&apos;</source>
        <translation>جزء من شهر «%1»</translation>
    </message>
    <message>
        <source>month and day</source>
        <translation>الشهر واليوم</translation>
    </message>
    <message>
        <source>month and year</source>
        <translation>الشهر والسنة</translation>
    </message>
    <message>
        <source>season &apos;%1&apos;</source>
        <translation>الفصل «%1»</translation>
    </message>
    <message>
        <source>weekday &apos;%1&apos; on or before the publication day %2</source>
        <translation>يوم الأسبوع «%1» في يوم النشر %2 أو قبله</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counted from the publication day %2</source>
        <translation>«%1» محسوبًا من يوم النشر %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the week before the publication day %2</source>
        <translation>«%1»: الأسبوع الذي يسبق يوم النشر %2</translation>
    </message>
    <message>
        <source>years %1 to %2</source>
        <translation>السنوات من %1 إلى %2</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>سنة %1</translation>
    </message>
</context>
<context>
    <name>geo::TextAnchor</name>
    <message>
        <source>empty quote: give the exact words of the text</source>
        <translation>اقتباس فارغ: اذكر كلمات النص بحرفها</translation>
    </message>
    <message>
        <source>quote not found: %1</source>
        <translation>لم يُعثر على الاقتباس: %1</translation>
    </message>
    <message>
        <source>ambiguous: %1 occurrences of %2, and prefix/suffix do not single one out (%3 agree equally); give a longer prefix or suffix</source>
        <translation>ملتبس: %1 مواضع لـ %2، ولا تميّز السابقة أو اللاحقة أحدها (%3 تتطابق بالقدر نفسه)؛ اذكر سابقة أو لاحقة أطول</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Frontline: the Idleb frontline 2019-2020, on a map.</source>
        <translation>Frontline: خط الجبهة في إدلب في 2019-2020 على خريطة.</translation>
    </message>
    <message>
        <source>The article store to use instead of the one chosen in File &gt; Store (or the one in the user&apos;s data folder): a GeoPackage file, or a PostgreSQL connection such as postgresql://user@host/database (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>قاعدة المقالات المراد استخدامها بدلًا من تلك المختارة في ملف &gt; قاعدة المقالات (أو تلك الموجودة في مجلد بيانات المستخدم): ملف GeoPackage، أو اتصال PostgreSQL مثل postgresql://user@host/database (تؤخذ كلمة المرور من ~/.pgpass أو PGPASSWORD).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Annotated articles to import, or vector layers to open.</source>
        <translation>مقالات مشروحة لاستيرادها، أو طبقات متجهية لفتحها.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ملف...]</translation>
    </message>
    <message>
        <source>Say on standard error how long the first map took to appear after the program started, then quit.</source>
        <translation>اذكر على مخرج الأخطاء المدة التي استغرقها ظهور الخريطة الأولى بعد بدء البرنامج، ثم أنهِ.</translation>
    </message>
</context>
</TS>
