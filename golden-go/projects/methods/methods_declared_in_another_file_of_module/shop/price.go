package shop

import "fmt"

func (self Item) With_vat() int {
	return self.Cents + self.Cents/5
}

func (self Item) Label() string {
	return fmt.Sprintf("%v: %v", self.Name, self.With_vat())
}
