package catalog

import lisette "lisette.dev/prelude"

type CategoryTag int

const (
	CategoryTool CategoryTag = iota
	CategoryFood
	CategoryBook
)

type Category struct {
	Tag  CategoryTag
	Food bool
	Book string
}

func (v Category) String() string {
	switch v.Tag {
	case CategoryTool:
		return "Category.Tool"
	case CategoryFood:
		return "Category.Food(" + lisette.FormatValue(v.Food) + ")"
	}
	return "Category.Book(" + lisette.FormatValue(v.Book) + ")"
}

type Product struct {
	Sku      string
	Name     string
	Category Category
	cents    int
}

func (v Product) String() string {
	return "Product { sku: " + lisette.FormatValue(v.Sku) + ", name: " + lisette.FormatValue(v.Name) + ", category: " + lisette.FormatValue(v.Category) + ", cents: " + lisette.FormatValue(v.cents) + " }"
}

func Product_New(sku, name string, category Category, cents int) Product {
	return Product{Sku: sku, Name: name, Category: category, cents: cents}
}

func (self Product) Price() int {
	return self.cents
}

func (self Product) Discounted(percent int) Product {
	return Product{cents: self.cents - self.cents*percent/100, Sku: self.Sku, Name: self.Name, Category: self.Category}
}
