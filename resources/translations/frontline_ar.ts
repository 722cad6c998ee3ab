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
        <source>Select words in the text, then say what they are.</source>
        <translation>حدّد كلمات في النص، ثم بيّن ما تدلّ عليه.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>المحدَّد: %1</translation>
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
        <source>Search by any spelling: Saraqib, سراقب, Sana…</source>
        <translation>ابحث بأي كتابة: سراقب، Saraqib، سانا…</translation>
    </message>
    <message>
        <source>Pick on the &amp;map</source>
        <translation>&amp;اختيار من الخريطة</translation>
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
        <source>&amp;Use for the selected row</source>
        <translation>&amp;استخدامه للسطر المحدَّد</translation>
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
        <source>Correct article — %1</source>
        <translation>تصحيح المقال — %1</translation>
    </message>
    <message>
        <source>The corrected article replaces the stored one with this id</source>
        <translation>يحلّ المقال المصحَّح محلّ المقال المحفوظ بهذا المعرّف</translation>
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
        <source>detected: %1</source>
        <translation>المكتشَفة: %1</translation>
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
    <message>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>A&amp;dd annotation</source>
        <translation>&amp;إضافة الشرح</translation>
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
</context>
</TS>
