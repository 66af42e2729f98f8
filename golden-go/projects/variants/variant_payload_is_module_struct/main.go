package main

import (
	"fmt"
	"golden/projects/variants/variant_payload_is_module_struct/shipping"
)

func carrier(s shipping.State) string {
	if s.Tag == shipping.StateShipped {
		kg := s.Shipped0.Kg
		via := s.Shipped1
		if kg > 10 {
			return fmt.Sprintf("%v (freight)", via)
		}
		via2 := s.Shipped1
		return via2
	}
	return "-"
}

func main() {
	p := shipping.Parcel{Id: "P7", Kg: 12}
	small := shipping.Parcel{Id: "P8", Kg: 1}
	fmt.Println(carrier(shipping.State{Tag: shipping.StateShipped, Shipped0: p, Shipped1: "DHL"}))
	fmt.Println(carrier(shipping.State{Tag: shipping.StateShipped, Shipped0: small, Shipped1: "UPS"}))
	fmt.Println(carrier(shipping.State{Tag: shipping.StatePacked, Packed: p}))
	fmt.Println(shipping.State{Tag: shipping.StateShipped, Shipped0: small, Shipped1: "UPS"})
}
