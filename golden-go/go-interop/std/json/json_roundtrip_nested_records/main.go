package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

func (v Address) String() string {
	return "Address { street: " + lisette.FormatValue(v.Street) + ", city: " + lisette.FormatValue(v.City) + " }"
}

type Line struct {
	Sku   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

func (v Line) String() string {
	return "Line { sku: " + lisette.FormatValue(v.Sku) + ", qty: " + lisette.FormatValue(v.Qty) + ", price: " + lisette.FormatValue(v.Price) + " }"
}

type Order struct {
	Id       int                    `json:"id"`
	Customer string                 `json:"customer"`
	Ship_to  Address                `json:"ship_to"`
	Lines    []Line                 `json:"lines"`
	Tags     map[string]string      `json:"tags"`
	Note     lisette.Option[string] `json:"note"`
}

func (v Order) String() string {
	return "Order { id: " + lisette.FormatValue(v.Id) + ", customer: " + lisette.FormatValue(v.Customer) + ", ship_to: " + lisette.FormatValue(v.Ship_to) + ", lines: " + lisette.FormatValue(v.Lines) + ", tags: " + lisette.FormatValue(v.Tags) + ", note: " + lisette.FormatValue(v.Note) + " }"
}

func total(o Order) float64 {
	return lisette.SliceFold(o.Lines, 0.0, func(acc float64, l Line) float64 {
		return acc + l.Price*(float64(l.Qty))
	})
}

func main() {
	order := Order{Id: 1042, Customer: "Ann", Ship_to: Address{Street: "1 Canal St", City: "Utrecht"}, Lines: []Line{Line{Sku: "TEA-01", Qty: 2, Price: 4.5}, Line{Sku: "MUG-07", Qty: 1, Price: 12.25}}, Tags: lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "gift", Second: "yes"}, lisette.Tuple2[string, string]{First: "channel", Second: "web"}}), Note: lisette.MakeOptionNone[string]()}
	var data []byte
	subject := lisette.ResultOf(json.Marshal(order))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println("marshal:", e)
		return
	}
	d := subject.OkVal
	data = d
	fmt.Println(string(data))
	back := Order{Id: 0, Customer: "", Ship_to: Address{Street: "", City: ""}, Lines: []Line{}, Tags: map[string]string{}, Note: lisette.MakeOptionSome[string]("placeholder")}
	subject2 := lisette.ResultOfErr(json.Unmarshal(data, &back))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("id:", back.Id, "customer:", back.Customer)
		fmt.Println("ship to:", back.Ship_to)
		fmt.Println("lines:", len(back.Lines), "total:", total(back))
		fmt.Println("gift:", back.Tags["gift"], "note:", back.Note)
		fmt.Println("same total:", total(back) == total(order))
	} else {
		e := subject2.ErrVal
		fmt.Println("unmarshal:", e)
	}
}
