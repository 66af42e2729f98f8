package members

import lisette "lisette.dev/prelude"

type Member struct {
	Name     string
	fines    int
	borrowed int
}

func (v Member) String() string {
	return "Member { name: " + lisette.FormatValue(v.Name) + ", fines: " + lisette.FormatValue(v.fines) + ", borrowed: " + lisette.FormatValue(v.borrowed) + " }"
}

func Member_Join(name string) Member {
	return Member{Name: name, fines: 0, borrowed: 0}
}

func (self Member) Can_borrow() bool {
	return self.fines < 100 && self.borrowed < 2
}

func (self *Member) Took() {
	self.borrowed += 1
}

func (self *Member) Returned(late_days int) {
	self.borrowed -= 1
	if late_days > 0 {
		self.fines += late_days * 25
	}
}

func (self Member) Owes() int {
	return self.fines
}
