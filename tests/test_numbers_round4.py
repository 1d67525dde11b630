"""Numbers, fourth round on unseen news: a half after a unit said without a number or after money, and
the unit said again after the half."""
import pytest

from tests.test_numbers import qs, q_of


# -- ونصف after a unit ------------------------------------------------------------------------------

def test_half_after_a_unit_without_a_number_is_one_and_a_half():
    d = qs("وبلغ الإنتاج طن ونصف من التمور، وبيع الكيلو بريال ونصف فقط، واستغرقت الرحلة يوما ونصف اليوم.")
    t = q_of(d, "طن ونصف")
    assert t.kind == "measure" and t.unit == "t" and t.value == pytest.approx(1.5)
    m = q_of(d, "ريال ونصف")
    assert m.kind == "money" and m.unit == "SAR" and m.value == pytest.approx(1.5)
    assert q_of(d, "يوما ونصف اليوم").value == pytest.approx(1.5)
    assert not [q for q in d.quantities if q.value == 0.5]


def test_the_unit_said_again_after_the_half_belongs_to_the_amount():
    d = qs("قتل 700 شخص خلال شهر ونصف الشهر، وبعد قرن ونصف قرن تحتفل الأوساط الأدبية، "
           "وتوفيت الطفلة ذات العامين ونصف العام.")
    assert q_of(d, "شهر ونصف الشهر").unit == "month"
    c = q_of(d, "قرن ونصف قرن")
    assert c.unit == "century" and c.value == pytest.approx(1.5)
    assert q_of(d, "العامين ونصف العام").value == pytest.approx(2.5)


def test_half_after_money_is_half_the_unit_or_the_scale():
    d = qs("تبرع بمليون ريال ونصف للجمعية، ودفع 10 ريالات ونصف للسائق.")
    assert q_of(d, "مليون ريال ونصف").value == pytest.approx(1_500_000)
    assert q_of(d, "10 ريالات ونصف").value == pytest.approx(10.5)


def test_half_before_a_definite_word_is_half_of_that_word():
    d = qs("تبرع بمليون ريال ونصف المبلغ للجمعية، ومنذ شهر ونصف السكان بلا كهرباء.")
    assert q_of(d, "مليون ريال").value == 1_000_000
    assert not [q for q in d.quantities if q.value in (1_500_000, 1.5)]
