#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tricholog {

// An editable list of rows, each a choice of stable keys, optionally a second choice, and a free
// text (adjuncts with their dose; adverse events with severity and notes). Rows are plain widgets
// in order, so Tab walks through them naturally.
class ItemListEditor : public QWidget
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QString>>; // key, label

    struct Row
    {
        QString key;
        QString secondKey;
        QString text;
        friend bool operator==(const Row &, const Row &) = default;
    };

    ItemListEditor(Choices choices, Choices secondChoices, const QString &textPlaceholder,
                   const QString &addText, QWidget *parent = nullptr);

    QList<Row> rows() const;
    void setRows(const QList<Row> &rows);
    int rowCount() const { return int(m_rows.size()); }
    QPushButton *addButton() const { return m_add; }
    QComboBox *choiceAt(int row) const;
    QLineEdit *textAt(int row) const;
    // What one row is called for screen readers ("Adjunct" -> "Adjunct 2", "Adjunct 2 detail").
    void setItemName(const QString &name);

public slots:
    QWidget *addRow(const Row &row = {});

private:
    void nameRows();
    struct Widgets
    {
        QWidget *container;
        QComboBox *first;
        QComboBox *second;
        QLineEdit *text;
        QToolButton *remove;
    };
    Choices m_choices;
    Choices m_secondChoices;
    QString m_placeholder;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Widgets> m_rows;
    QString m_itemName;
};

} // namespace tricholog
