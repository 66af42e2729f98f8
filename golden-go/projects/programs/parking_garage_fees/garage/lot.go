package garage

import lisette "lisette.dev/prelude"

type Stay struct {
	Vehicle Vehicle
	Arrived int
}

func (v Stay) String() string {
	return "Stay { vehicle: " + lisette.FormatValue(v.Vehicle) + ", arrived: " + lisette.FormatValue(v.Arrived) + " }"
}

type Lot struct {
	Capacity int
	stays    []Stay
	Earned   int
}

func (v Lot) String() string {
	return "Lot { capacity: " + lisette.FormatValue(v.Capacity) + ", stays: " + lisette.FormatValue(v.stays) + ", earned: " + lisette.FormatValue(v.Earned) + " }"
}

func Lot_New(capacity int) Lot {
	return Lot{Capacity: capacity, stays: []Stay{}, Earned: 0}
}

func (self *Lot) Enter(v Vehicle, hour int) bool {
	if len(self.stays) >= self.Capacity {
		return false
	}
	self.stays = append(self.stays, Stay{Vehicle: v, Arrived: hour})
	return true
}

func (self *Lot) Leave(plate string, hour int) lisette.Option[int] {
	fee := lisette.MakeOptionNone[int]()
	rest := []Stay{}
	for _, s := range self.stays {
		if s.Vehicle.Plate() == plate {
			hours := hour - s.Arrived
			var billed int
			if hours < 1 {
				billed = 1
			} else {
				billed = hours
			}
			fee = lisette.MakeOptionSome[int](billed * s.Vehicle.Hourly())
		} else {
			rest = append(rest, s)
		}
	}
	self.stays = rest
	if fee.Tag == lisette.OptionSome {
		f := fee.SomeVal
		self.Earned += f
	}
	return fee
}

func (self Lot) Parked() []string {
	return lisette.SliceMap(self.stays, func(s Stay) string {
		return s.Vehicle.Plate()
	})
}
