#include "ui/widgets/ItemListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace tricholog {

ItemListEditor::ItemListEditor(Choices choices, Choices secondChoices,
                               const QString &textPlaceholder, const QString &addText,
                               QWidget *parent)
    : QWidget(parent)
    , m_choices(std::move(choices))
    , m_secondChoices(std::move(secondChoices))
    , m_placeholder(textPlaceholder)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(addText, this);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QWidget *row = addRow();
        row->setFocus();
    });
}

QWidget *ItemListEditor::addRow(const Row &row)
{
    Widgets w{};
    w.container = new QWidget(this);
    auto *layout = new QHBoxLayout(w.container);
    layout->setContentsMargins(0, 0, 0, 0);
    w.first = new QComboBox(w.container);
    for (const auto &[key, text] : std::as_const(m_choices))
        w.first->addItem(text, key);
    if (const int i = w.first->findData(row.key); i >= 0)
        w.first->setCurrentIndex(i);
    layout->addWidget(w.first, 2);
    if (!m_secondChoices.isEmpty()) {
        w.second = new QComboBox(w.container);
        for (const auto &[key, text] : std::as_const(m_secondChoices))
            w.second->addItem(text, key);
        if (const int i = w.second->findData(row.secondKey); i >= 0)
            w.second->setCurrentIndex(i);
        layout->addWidget(w.second, 1);
    }
    w.text = new QLineEdit(row.text, w.container);
    w.text->setPlaceholderText(m_placeholder);
    // Wide enough to read a detail such as "pustules vertex, doxycycline 7 d" while typing it.
    w.text->setMinimumWidth(w.text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    w.text->setToolTip(m_placeholder);
    layout->addWidget(w.text, 3);
    auto *remove = new QToolButton(w.container);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this row"));
    w.remove = remove;
    layout->addWidget(remove);
    QWidget *container = w.container;
    connect(remove, &QToolButton::clicked, this, [this, container] {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).container == container) {
                m_rows.removeAt(i);
                nameRows();
                break;
            }
        }
        container->deleteLater();
    });
    m_rowsLayout->addWidget(w.container);
    m_rows << w;
    w.container->setFocusProxy(w.first);
    nameRows();
    return w.container;
}

void ItemListEditor::setItemName(const QString &name)
{
    m_itemName = name;
    nameRows();
}

void ItemListEditor::nameRows()
{
    const QString item = m_itemName.isEmpty() ? tr("Item") : m_itemName;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QString n = QStringLiteral("%1 %2").arg(item).arg(i + 1);
        m_rows[i].first->setAccessibleName(n);
        if (m_rows[i].second)
            m_rows[i].second->setAccessibleName(tr("%1 severity").arg(n));
        m_rows[i].text->setAccessibleName(tr("%1 detail").arg(n));
        m_rows[i].remove->setAccessibleName(tr("Remove %1").arg(n));
    }
}

QList<ItemListEditor::Row> ItemListEditor::rows() const
{
    QList<Row> out;
    for (const auto &w : m_rows)
        out << Row{w.first->currentData().toString(),
                   w.second ? w.second->currentData().toString() : QString(),
                   w.text->text().trimmed()};
    return out;
}

void ItemListEditor::setRows(const QList<Row> &rows)
{
    for (const auto &w : std::as_const(m_rows))
        delete w.container;
    m_rows.clear();
    for (const auto &row : rows)
        addRow(row);
}

QComboBox *ItemListEditor::choiceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : nullptr;
}

QLineEdit *ItemListEditor::textAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).text : nullptr;
}

} // namespace tricholog
