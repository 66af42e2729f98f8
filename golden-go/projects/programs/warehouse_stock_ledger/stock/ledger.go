package stock

import (
	"golden/projects/programs/warehouse_stock_ledger/catalog"
	lisette "lisette.dev/prelude"
)

type MovementTag int

const (
	MovementIn MovementTag = iota
	MovementOut
	MovementAudit
)

type Movement struct {
	Tag    MovementTag
	In0    string
	In1    int
	Out0   string
	Out1   int
	Audit0 string
	Audit1 int
}

func (v Movement) String() string {
	switch v.Tag {
	case MovementIn:
		return "Movement.In(" + lisette.FormatValue(v.In0) + ", " + lisette.FormatValue(v.In1) + ")"
	case MovementOut:
		return "Movement.Out(" + lisette.FormatValue(v.Out0) + ", " + lisette.FormatValue(v.Out1) + ")"
	}
	return "Movement.Audit(" + lisette.FormatValue(v.Audit0) + ", " + lisette.FormatValue(v.Audit1) + ")"
}

type Ledger struct {
	Name    string
	levels  map[string]int
	refused int
}

func (v Ledger) String() string {
	return "Ledger { name: " + lisette.FormatValue(v.Name) + ", levels: " + lisette.FormatValue(v.levels) + ", refused: " + lisette.FormatValue(v.refused) + " }"
}

func Ledger_Open(name string) Ledger {
	return Ledger{Name: name, levels: map[string]int{}, refused: 0}
}

func (self *Ledger) Apply(m Movement) {
	switch m.Tag {
	case MovementIn:
		sku := m.In0
		n := m.In1
		self.levels[sku] = self.Level(sku) + n
	case MovementOut:
		sku := m.Out0
		n := m.Out1
		have := self.Level(sku)
		if n > have {
			self.refused += 1
		} else {
			self.levels[sku] = have - n
		}
	case MovementAudit:
		sku := m.Audit0
		counted := m.Audit1
		self.levels[sku] = counted
	}
}

func (self Ledger) Level(sku string) int {
	return lisette.MapGet(self.levels, sku).UnwrapOr(0)
}

func (self Ledger) Refused_count() int {
	return self.refused
}

func (self Ledger) Value(products []catalog.Product) int {
	return lisette.SliceFold(products, 0, func(acc int, p catalog.Product) int {
		return acc + p.Price()*self.Level(p.Sku)
	})
}
