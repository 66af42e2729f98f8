package ids

import lisette "lisette.dev/prelude"

type UserId int

func (v UserId) String() string {
	return "UserId(" + lisette.FormatValue(int(v)) + ")"
}

type OrderId int

func (v OrderId) String() string {
	return "OrderId(" + lisette.FormatValue(int(v)) + ")"
}

func Order_for(u UserId) OrderId {
	return OrderId(int(u)*1000 + 1)
}
